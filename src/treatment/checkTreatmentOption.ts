import { toCalendarDay } from "../core/calendar";
import type { Risk } from "../model/RiskSchema";
import { hasText } from "../core/collections";
import { argumentError, readOptions } from "../core/arguments";
import { describeValue } from "../core/describeValue";
import type { TreatmentProblem } from "./TreatmentProblem";

/**
 * Options for {@link checkTreatmentOption}.
 *
 * @category Treatment
 * @example
 * ```ts
 * const options: CheckTreatmentOptionOptions = { pointer: "/risks/3", asOf: "2026-11-28" };
 * ```
 */
export interface CheckTreatmentOptionOptions {
  /** JSON Pointer of the risk in its document, prefixed to every problem's pointer; `""` when left out. */
  readonly pointer?: string;
  /** When given, an acceptance that expired before this day is a problem for a retained risk. */
  readonly asOf?: string | Date;
}

/**
 * Checks a risk's treatment against the rules its ISO/IEC 27005:2022 option implies: `modify` needs
 * at least one control; `retain` needs the risk owner's acceptance of the residual risk; `share`
 * names the party the risk is shared with (`sharedWith` or `supplierIds`); `avoid` names the
 * activity given up (`avoidedActivity`). A risk with no treatment yet has no treatment problems
 * ({@link assessRisks} flags it as `missing-treatment`).
 *
 * The problems are data, so a conformity rule can turn them into findings.
 *
 * @param risk - a risk from a document parsed with {@link parseIsms}
 * @param options - `pointer` of the risk in its document, and `asOf` to check acceptance expiry
 * @returns the problems found, in a fixed order; empty when the treatment is complete
 * @throws {@link ArgumentError} when `risk` is not a risk object or `asOf` is not a date
 * @category Treatment
 * @example
 * ```ts
 * const risk = RiskSchema.parse({ id: "risk-5", title: "Office flood", ownerId: "p-coo", treatment: { option: "retain" } });
 * checkTreatmentOption(risk, { pointer: "/risks/4" }).map((problem) => `${problem.code} ${problem.pointer}`)
 * //=> ["retain-without-acceptance /risks/4/treatment/option"]
 * const shared = RiskSchema.parse({ id: "risk-9", title: "Outage costs", treatment: { option: "share", sharedWith: "Cyber insurer" } });
 * checkTreatmentOption(shared)
 * //=> []
 * ```
 */
export function checkTreatmentOption(risk: Risk, options?: CheckTreatmentOptionOptions): TreatmentProblem[] {
  const { pointer: base = "", asOf: asOfOption } = readOptions(options, "checkTreatmentOption");
  if (typeof base !== "string" || (base !== "" && !base.startsWith("/"))) {
    throw argumentError("checkTreatmentOption", ["options", "pointer"], "invalid_format", `expected a JSON Pointer such as "/risks/3"; found ${describeValue(base)}`);
  }
  if (risk === null || typeof risk !== "object" || typeof (risk as { id?: unknown }).id !== "string") {
    throw argumentError("checkTreatmentOption", ["risk"], "invalid_type", `expected a risk with an id; found ${describeValue(risk)}`);
  }
  const asOf = asOfOption === undefined ? undefined : toCalendarDay(asOfOption, "checkTreatmentOption");
  const treatment = risk.treatment;
  if (treatment === undefined) return [];
  if (treatment === null || typeof treatment !== "object") {
    throw argumentError("checkTreatmentOption", ["risk", "treatment"], "invalid_type", `expected a treatment object; found ${describeValue(treatment)}`);
  }

  const name = `risk ${JSON.stringify(risk.id)}`;
  const problems: TreatmentProblem[] = [];
  const add = (code: TreatmentProblem["code"], path: string, message: string) => problems.push({ code, pointer: `${base}${path}`, message });

  switch (treatment.option) {
    case "modify":
      if ((treatment.controlIds ?? []).length === 0) {
        add("modify-without-controls", "/treatment/controlIds", `${name} is to be modified, but its treatment selects no control`);
      }
      break;
    case "retain": {
      const acceptance = risk.acceptance;
      if (risk.ownerId === undefined) {
        add("retain-without-owner", "", `${name} is retained, but it has no risk owner to accept the residual risk`);
      }
      if (acceptance === undefined) {
        add("retain-without-acceptance", "/treatment/option", `${name} is retained, but the risk owner has not accepted the residual risk`);
        break;
      }
      if (risk.ownerId !== undefined && acceptance.acceptedById !== risk.ownerId) {
        add(
          "retain-accepted-by-non-owner",
          "/acceptance/acceptedById",
          `${name} is retained, but its residual risk was accepted by ${JSON.stringify(acceptance.acceptedById)}, not by its owner ${JSON.stringify(risk.ownerId)}`,
        );
      }
      if (asOf !== undefined && acceptance.expiresOn !== undefined && acceptance.expiresOn < asOf) {
        add("retain-acceptance-expired", "/acceptance/expiresOn", `${name} is retained, but the acceptance of its residual risk expired on ${acceptance.expiresOn}`);
      }
      break;
    }
    case "share":
      if (!hasText(treatment.sharedWith) && (treatment.supplierIds ?? []).length === 0) {
        add("share-without-party", "/treatment/option", `${name} is shared, but names no party it is shared with (sharedWith or supplierIds)`);
      }
      break;
    case "avoid":
      if (!hasText(treatment.avoidedActivity)) {
        add("avoid-without-activity", "/treatment/option", `${name} is avoided, but does not name the activity given up (avoidedActivity)`);
      }
      break;
  }
  return problems;
}
