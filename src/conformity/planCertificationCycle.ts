import { toCalendarDay } from "../core/calendar";
import { shiftDays, shiftMonths } from "./_lib/dates";

/**
 * Options for {@link planCertificationCycle}.
 *
 * @category Conformity
 * @example
 * ```ts
 * const options: PlanCertificationCycleOptions = { certifiedOn: "2025-03-17" };
 * ```
 */
export interface PlanCertificationCycleOptions {
  /** The date of the certification decision that starts the cycle: `YYYY-MM-DD` or a Date. */
  readonly certifiedOn: string | Date;
}

/**
 * One audit of a certification cycle and the last day it may take place.
 *
 * @category Conformity
 * @example
 * ```ts
 * const audit: CertificationCycleAudit = { kind: "surveillance", sequence: 1, dueBy: "2026-03-16" };
 * ```
 */
export interface CertificationCycleAudit {
  readonly kind: "surveillance" | "recertification";
  /** 1 and 2 for the surveillance audits, 1 for the recertification audit. */
  readonly sequence: number;
  /** The latest day allowed, `YYYY-MM-DD`. */
  readonly dueBy: string;
}

/**
 * A three-year certification cycle: the certification decision, the certificate's expiry and the
 * audits due in between.
 *
 * @category Conformity
 * @example
 * ```ts
 * const cycle: CertificationCycle = planCertificationCycle({ certifiedOn: "2025-03-17" });
 * cycle.expiresOn
 * //=> "2028-03-16"
 * ```
 */
export interface CertificationCycle {
  readonly certifiedOn: string;
  /** The last day the certificate is valid: three years after the decision, less a day. */
  readonly expiresOn: string;
  /** Surveillance 1, surveillance 2 and the recertification audit, in order. */
  readonly audits: readonly CertificationCycleAudit[];
}

/**
 * Plans a certification cycle from the certification decision, as ISO/IEC 17021-1 sets it: the first
 * surveillance audit within 12 months of the decision, the second within the following 12 months, and
 * the recertification audit (with its decision) before the certificate expires three years after
 * the decision. Dates are the latest allowed.
 *
 * @param options - `certifiedOn`, the date of the certification decision
 * @returns the cycle: expiry and the three audits with their latest dates
 * @throws {@link ArgumentError} when `certifiedOn` is not a calendar date
 * @category Conformity
 * @example
 * ```ts
 * planCertificationCycle({ certifiedOn: "2025-03-17" }).audits.map((a) => `${a.kind} ${a.sequence}: ${a.dueBy}`)
 * //=> ["surveillance 1: 2026-03-16", "surveillance 2: 2027-03-16", "recertification 1: 2028-03-16"]
 * ```
 */
export function planCertificationCycle(options: PlanCertificationCycleOptions): CertificationCycle {
  const certifiedOn = toCalendarDay(options?.certifiedOn, "planCertificationCycle", ["options", "certifiedOn"]);
  const dayBefore = shiftDays(certifiedOn, -1);
  const expiresOn = shiftMonths(dayBefore, 36);
  return {
    certifiedOn,
    expiresOn,
    audits: [
      { kind: "surveillance", sequence: 1, dueBy: shiftMonths(dayBefore, 12) },
      { kind: "surveillance", sequence: 2, dueBy: shiftMonths(dayBefore, 24) },
      { kind: "recertification", sequence: 1, dueBy: expiresOn },
    ],
  };
}
