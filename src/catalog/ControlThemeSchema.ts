import * as z from "zod";
import { enumError } from "./_lib/enumError";

const CONTROL_THEME_VALUES = ["organizational", "people", "physical", "technological"] as const;

/**
 * The theme of an Annex A 2022 control: `organizational` (5.x, 37 controls), `people` (6.x, 8),
 * `physical` (7.x, 14) or `technological` (8.x, 34).
 *
 * @category Catalog
 * @example
 * ```ts
 * ControlThemeSchema.options
 * //=> ["organizational", "people", "physical", "technological"]
 * ```
 */
export const ControlThemeSchema = z.enum(CONTROL_THEME_VALUES, {
  error: enumError(CONTROL_THEME_VALUES),
});

/**
 * One of the four Annex A 2022 themes.
 *
 * @category Catalog
 * @example
 * ```ts
 * const theme: ControlTheme = "physical";
 * ```
 */
export type ControlTheme = z.infer<typeof ControlThemeSchema>;
