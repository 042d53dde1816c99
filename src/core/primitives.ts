import * as z from "zod";
import { MAX_YEAR, MIN_YEAR } from "./isoDate";
import { copyJson, scanJson, type JsonValue } from "./scanJson";

export type { JsonValue } from "./scanJson";
import { annexAControlIds } from "./annexAControlIds";
import { clauseIds } from "./clauseIds";
import { isIsoDateTime } from "./isoDateTime";

/**
 * A calendar date in ISO 8601 form, `YYYY-MM-DD`, from 1900-01-01 to 2999-12-31 (the years OSCAL
 * accepts). Impossible dates such as `2026-02-30` are rejected.
 *
 * @category Model
 * @example
 * ```ts
 * IsoDateSchema.safeParse("2026-02-28").success
 * //=> true
 * IsoDateSchema.safeParse("2026-02-30").success
 * //=> false
 * ```
 */
export const IsoDateSchema = z.iso
  .date({ error: "expected a calendar date YYYY-MM-DD that exists", abort: true })
  .regex(/^(?:19|2\d)\d\d-/, { error: `expected a year from ${MIN_YEAR} to ${MAX_YEAR}` })
  // The year's pattern would hide the format from JSON Schema: it is stated again.
  .register(z.globalRegistry, { format: "date", description: "A calendar date, YYYY-MM-DD, from 1900-01-01 to 2999-12-31.", examples: ["2026-03-31"] });
/**
 * A calendar date string `YYYY-MM-DD`.
 *
 * @category Model
 * @example
 * ```ts
 * const due: IsoDate = "2026-12-31";
 * IsoDateSchema.parse(due)
 * //=> "2026-12-31"
 * ```
 */
export type IsoDate = z.infer<typeof IsoDateSchema>;

/**
 * A moment on the time line in ISO 8601 / RFC 3339 form, with its offset from UTC:
 * `2026-03-04T09:12:00+01:00` or `2026-03-04T08:12:00Z` (seconds required, a fraction allowed). Used
 * where a clock matters — incident timelines, notifications, chain of custody — so that deadlines in
 * hours are computed on instants, whatever the time zone. Years 1900 to 2999, like dates; offsets
 * from −12:00 to +14:00; a date-time without an offset is refused.
 *
 * @category Model
 * @example
 * ```ts
 * IsoDateTimeSchema.safeParse("2026-03-04T09:12:00+01:00").success
 * //=> true
 * IsoDateTimeSchema.safeParse("2026-03-04T09:12:00").success
 * //=> false
 * ```
 */
export const IsoDateTimeSchema = z
  .string()
  .refine(isIsoDateTime, { error: "expected a date-time YYYY-MM-DDThh:mm:ss with an offset (Z or ±hh:mm), years 1900 to 2999" })
  .register(z.globalRegistry, { format: "date-time", description: "A date-time with its offset from UTC (Z or ±hh:mm), years 1900 to 2999.", examples: ["2026-03-04T09:12:00+01:00", "2026-03-04T08:12:00Z"] });
/**
 * A date-time string with an offset, `YYYY-MM-DDThh:mm:ss±hh:mm`.
 *
 * @category Model
 * @example
 * ```ts
 * const sent: IsoDateTime = "2026-03-06T17:40:00+01:00";
 * IsoDateTimeSchema.parse(sent)
 * //=> "2026-03-06T17:40:00+01:00"
 * ```
 */
export type IsoDateTime = z.infer<typeof IsoDateTimeSchema>;

/**
 * The id of an entity: unique in the whole document, 1 to 200 characters, no leading or trailing space.
 *
 * @category Model
 * @example
 * ```ts
 * EntityIdSchema.safeParse("risk-1").success
 * //=> true
 * ```
 */
export const EntityIdSchema = z
  .string()
  .max(200, { error: "expected an id of at most 200 characters" })
  .regex(/^\S(?:.*\S)?$/, { error: "expected a non-empty id without leading or trailing white space" })
  .register(z.globalRegistry, { description: "Identifier, unique in the whole document: 1 to 200 characters, no white space at either end.", examples: ["r-ransomware", "p-ciso"] });

/**
 * A reference to another entity's `id`. `parseIsms` checks that it resolves to an entity of the right kind.
 *
 * @category Model
 * @example
 * ```ts
 * RefSchema.safeParse("p-ciso").success
 * //=> true
 * ```
 */
export const RefSchema = z.string().min(1, { error: "expected a non-empty reference" });

/**
 * A string with at least one character that is not white space.
 *
 * @category Model
 * @example
 * ```ts
 * NonEmptyStringSchema.safeParse("  ").success
 * //=> false
 * ```
 */
export const NonEmptyStringSchema = z
  .string()
  .regex(/\S/, { error: "expected a non-empty text" });

/**
 * One of the 93 ISO/IEC 27001:2022 Annex A control ids, `"5.1"` … `"8.34"`.
 *
 * @category Model
 * @example
 * ```ts
 * AnnexAControlIdSchema.safeParse("8.34").success
 * //=> true
 * ```
 */
export const AnnexAControlIdSchema = z
  .enum(annexAControlIds, { error: "expected an ISO/IEC 27001:2022 Annex A control id (\"5.1\" … \"8.34\")" })
  .register(z.globalRegistry, { description: "An ISO/IEC 27001:2022 Annex A control id, \"5.1\" to \"8.34\".", examples: ["8.24"] });

/**
 * The id of a clause or subclause of ISO/IEC 27001:2022, `"4"` … `"10.2"`.
 *
 * @category Model
 * @example
 * ```ts
 * ClauseIdSchema.safeParse("6.1.3").success
 * //=> true
 * ```
 */
export const ClauseIdSchema = z
  .enum(clauseIds, { error: "expected an ISO/IEC 27001:2022 clause id (\"4\" … \"10.2\")" })
  .register(z.globalRegistry, { description: "An ISO/IEC 27001:2022 clause or subclause id, \"4\" to \"10.2\".", examples: ["6.1.3"] });

/**
 * An information security property: confidentiality, integrity or availability.
 *
 * @category Model
 * @example
 * ```ts
 * SecurityPropertySchema.options
 * //=> ["confidentiality", "integrity", "availability"]
 * ```
 */
export const SecurityPropertySchema = z
  .enum(["confidentiality", "integrity", "availability"])
  .register(z.globalRegistry, { description: "An information security property.", examples: ["confidentiality"] });
/**
 * The type of a security property, inferred from {@link SecurityPropertySchema}.
 *
 * @category Model
 * @example
 * ```ts
 * const value: SecurityProperty = SecurityPropertySchema.parse("integrity");
 * SecurityPropertySchema.safeParse(value).success
 * //=> true
 * ```
 */
export type SecurityProperty = z.infer<typeof SecurityPropertySchema>;

/**
 * Free-form, namespaced data a tool wants to keep with an entity (`"acme:ticket": "SEC-12"`).
 * isms-kit keeps it as given and never interprets it.
 *
 * @category Model
 * @example
 * ```ts
 * ExtensionsSchema.safeParse({ "acme:ticket": "SEC-12" }).success
 * //=> true
 * ```
 */
export const ExtensionsSchema = z
  .unknown()
  .superRefine((value, ctx) => {
    if (value === null || typeof value !== "object" || Array.isArray(value)) {
      ctx.addIssue({ code: "custom", message: "expected an object of namespaced keys", params: { code: "invalid_type" }, input: value });
      return;
    }
    for (const issue of scanJson(value)) {
      ctx.addIssue({ code: "custom", path: [...issue.path], message: issue.message, params: { code: issue.code } });
    }
  })
  .transform((value) => copyJson(value) as Record<string, JsonValue>)
  .register(z.globalRegistry, {
    type: "object",
    additionalProperties: {},
    description: "Tool-specific data kept as given, keyed by a namespaced name (tool:key).",
    examples: [{ "acme:ticket": "SEC-1234" }],
  });
