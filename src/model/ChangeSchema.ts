import * as z from "zod";
import { entitySchema, RefListSchema } from "./_lib/entitySchema";
import { IsoDateSchema, NonEmptyStringSchema, RefSchema } from "../core/primitives";

/**
 * A planned change to the ISMS (6.3), carried out in a planned manner.
 *
 * @category Model
 * @example
 * ```ts
 * const c: Change = ChangeSchema.parse({ id: "chg-1", title: "Move to a new HR system", status: "approved", plannedOn: "2026-05-01" });
 * c.riskIds
 * //=> []
 * ```
 */
export const ChangeSchema = entitySchema(() => ({
  title: NonEmptyStringSchema.meta({ description: "What changes.", examples: ["Move identity management to a new provider"] }),
  description: z.string().optional().register(z.globalRegistry, { description: "The change in more detail.", examples: ["Replace the on-premises directory with a cloud identity provider"] }),
  purpose: z.string().optional().register(z.globalRegistry, { description: "Why the change is made.", examples: ["Single sign-on and MFA for every application"] }),
  requestedById: RefSchema.optional().register(z.globalRegistry, { description: "Who asked for it (a people id).", examples: ["p-it-lead"] }),
  requestedOn: IsoDateSchema.optional().register(z.globalRegistry, { description: "When it was asked for." }),
  approvedById: RefSchema.optional().register(z.globalRegistry, { description: "Who approved it (a people id).", examples: ["p-ciso"] }),
  approvedOn: IsoDateSchema.optional().register(z.globalRegistry, { description: "When it was approved." }),
  plannedOn: IsoDateSchema.optional().register(z.globalRegistry, { description: "When it is planned." }),
  implementedOn: IsoDateSchema.optional().register(z.globalRegistry, { description: "When it was carried out." }),
  status: z.enum(["proposed", "approved", "rejected", "implemented", "cancelled"]).register(z.globalRegistry, { description: "Where it stands.", examples: ["approved"] }),
  riskIds: RefListSchema.meta({ description: "The risks the change affects, reassessed for it (8.2).", examples: [["r-account-takeover"]] }),
  riskAssessedOn: IsoDateSchema.optional().register(z.globalRegistry, { description: "When the change's information security risks were assessed, when it names no risk (8.2)." }),
  documentIds: RefListSchema.meta({ description: "Documents that describe or record it (documents ids).", examples: [["doc-idp-migration-plan"]] }),
})).register(z.globalRegistry, { description: "6.3 A planned change to the ISMS." });
/**
 * The type of a change, inferred from {@link ChangeSchema}.
 *
 * @category Model
 * @example
 * ```ts
 * const value: Change = ChangeSchema.parse({ id: "c", title: "x", status: "proposed" });
 * ChangeSchema.safeParse(value).success
 * //=> true
 * ```
 */
export type Change = z.infer<typeof ChangeSchema>;
