import * as z from "zod";
import { entitySchema, RefListSchema } from "./_lib/entitySchema";
import { IsoDateSchema, NonEmptyStringSchema, RefSchema } from "../core/primitives";

/**
 * A monitoring use case: a detection rule or alert that watches some log sources for anomalous
 * behaviour, with the attack techniques it covers and when it was last tested (Annex A 8.16).
 *
 * @category Model
 * @example
 * ```ts
 * const u: MonitoringUseCase = MonitoringUseCaseSchema.parse({ id: "uc-1", name: "Impossible travel sign-in", logSourceIds: ["log-okta"], attackTechniques: ["T1078"], status: "active" });
 * u.attackTechniques
 * //=> ["T1078"]
 * ```
 */
export const MonitoringUseCaseSchema = entitySchema(() => ({
  name: NonEmptyStringSchema.meta({ description: "Its name.", examples: ["Brute force on the VPN"] }),
  description: z.string().optional().register(z.globalRegistry, { description: "What it detects and how.", examples: ["More than 20 failed logins for one user within 10 minutes"] }),
  logSourceIds: RefListSchema.meta({ description: "The log sources it reads (logSources ids).", examples: [["ls-vpn"]] }),
  attackTechniques: z
    .array(z.string().regex(/^T\d{4}(\.\d{3})?$/, { error: "expected a MITRE ATT&CK technique id such as \"T1110\" or \"T1110.003\"" }))
    .default([])
    .register(z.globalRegistry, { description: "MITRE ATT&CK techniques it detects.", examples: [["T1110.001"]] }),
  severity: z.enum(["low", "medium", "high", "critical"]).optional().register(z.globalRegistry, { description: "The severity of its alerts.", examples: ["high"] }),
  ownerId: RefSchema.optional().register(z.globalRegistry, { description: "Who maintains it (a people id).", examples: ["p-soc-lead"] }),
  status: z.enum(["draft", "active", "retired"]).register(z.globalRegistry, { description: "`active`: in production, raising alerts.", examples: ["active"] }),
  lastTestedOn: IsoDateSchema.optional().register(z.globalRegistry, { description: "When it was last shown to fire on a test event." }),
})).register(z.globalRegistry, { description: "A monitoring use case (8.16)." });
/**
 * The type of a monitoring use case, inferred from {@link MonitoringUseCaseSchema}.
 *
 * @category Model
 * @example
 * ```ts
 * const value: MonitoringUseCase = MonitoringUseCaseSchema.parse({ id: "u", name: "x", status: "draft" });
 * MonitoringUseCaseSchema.safeParse(value).success
 * //=> true
 * ```
 */
export type MonitoringUseCase = z.infer<typeof MonitoringUseCaseSchema>;
