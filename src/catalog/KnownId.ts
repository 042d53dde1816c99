/**
 * The parameter type of the catalog getters: any `string` when the id is only known at run time, but
 * only one of `Known` when a literal is written, so `getControl("9.9")` fails to compile (the
 * message lists the valid ids) while `getControl(userInput)` is allowed (and may return `undefined`).
 *
 * @category Catalog
 * @example
 * ```ts
 * const ok: KnownId<"5.1", AnnexAControlId> = "5.1";
 * ```
 */
export type KnownId<Id extends string, Known extends string> = string extends Id ? string : Id extends Known ? Id : Known;

/**
 * The result type of the catalog getters: `T` when a known literal id was given, `T | undefined` when
 * the id is any string or when the catalog's ids are not known to the type checker.
 *
 * @category Catalog
 * @example
 * ```ts
 * const found: LookupResult<"5.1", AnnexAControlId, AnnexAControl> = annexA.controls[0]!;
 * ```
 */
export type LookupResult<Id extends string, Known extends string, T> = string extends Id
  ? T | undefined
  : string extends Known
    ? T | undefined
    : T;
