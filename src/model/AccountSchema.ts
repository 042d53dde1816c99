import * as z from "zod";
import { entitySchema } from "./_lib/entitySchema";
import { IsoDateSchema, NonEmptyStringSchema, RefSchema } from "../core/primitives";

/**
 * An account on an information system: whose it is, its type and privilege level, whether it uses
 * multi-factor authentication, its state, and for accounts that are not personal, who owns it and
 * when its credentials were last changed (Annex A 5.15–5.18, 8.2, 8.5).
 *
 * @category Model
 * @example
 * ```ts
 * const a: Account = AccountSchema.parse({ id: "acc-1", systemId: "sys-aws", username: "ann.admin", personId: "p-ann", privilege: "privileged", mfa: true });
 * [a.type, a.status]
 * //=> ["personal", "active"]
 * ```
 */
export const AccountSchema = entitySchema({
  systemId: RefSchema.describe("The system it is on (a systems id)."),
  username: NonEmptyStringSchema.describe("Its name on the system."),
  personId: RefSchema.optional().describe("Who uses it (a people id); absent for a service account."),
  ownerId: RefSchema.optional().describe("Who is accountable for a service, shared or break-glass account (a people id)."),
  type: z.enum(["personal", "service", "shared", "break-glass"]).default("personal").describe("`personal`: one person's; `service`: used by software; `shared`: used by several people; `break-glass`: emergency access."),
  privilege: z.enum(["standard", "privileged"]).default("standard").describe("`privileged`: administrative or otherwise elevated rights (8.2)."),
  mfa: z.boolean().optional().describe("It signs in with multi-factor authentication."),
  status: z.enum(["active", "disabled", "removed"]).default("active").describe("Whether it can still be used."),
  createdOn: IsoDateSchema.optional().describe("When it was created."),
  approvedById: RefSchema.optional().describe("Who approved the access (a people id)."),
  disabledOn: IsoDateSchema.optional().describe("When it was disabled or removed."),
  lastUsedOn: IsoDateSchema.optional().describe("When it was last used."),
  credentialsChangedOn: IsoDateSchema.optional().describe("When the password or secret of a shared, service or break-glass account was last changed (5.17)."),
  justification: z.string().optional().describe("Why a shared account is needed (5.16)."),
}).describe("An account on an information system.");
/**
 * The type of an account, inferred from {@link AccountSchema}.
 *
 * @category Model
 * @example
 * ```ts
 * const value: Account = AccountSchema.parse({ id: "a", systemId: "s", username: "u" });
 * AccountSchema.safeParse(value).success
 * //=> true
 * ```
 */
export type Account = z.infer<typeof AccountSchema>;
