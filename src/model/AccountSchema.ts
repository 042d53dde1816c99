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
export const AccountSchema = entitySchema(() => ({
  systemId: RefSchema.meta({ description: "The system it is on (a systems id).", examples: ["sys-github"] }),
  username: NonEmptyStringSchema.meta({ description: "Its name on the system.", examples: ["ada.lovelace"] }),
  personId: RefSchema.optional().register(z.globalRegistry, { description: "Who uses it (a people id); absent for a service account.", examples: ["p-ada"] }),
  ownerId: RefSchema.optional().register(z.globalRegistry, { description: "Who is accountable for a service, shared or break-glass account (a people id).", examples: ["p-cto"] }),
  type: z.enum(["personal", "service", "shared", "break-glass"]).default("personal").register(z.globalRegistry, {
    description: "`personal`: one person's; `service`: used by software; `shared`: used by several people; `break-glass`: emergency access.",
    examples: ["personal"],
  }),
  privilege: z.enum(["standard", "privileged"]).default("standard").register(z.globalRegistry, { description: "`privileged`: administrative or otherwise elevated rights (8.2).", examples: ["privileged"] }),
  mfa: z.boolean().optional().register(z.globalRegistry, { description: "It signs in with multi-factor authentication.", examples: [true] }),
  status: z.enum(["active", "disabled", "removed"]).default("active").register(z.globalRegistry, { description: "Whether it can still be used.", examples: ["active"] }),
  createdOn: IsoDateSchema.optional().register(z.globalRegistry, { description: "When it was created." }),
  approvedById: RefSchema.optional().register(z.globalRegistry, { description: "Who approved the access (a people id).", examples: ["p-cto"] }),
  disabledOn: IsoDateSchema.optional().register(z.globalRegistry, { description: "When it was disabled or removed." }),
  lastUsedOn: IsoDateSchema.optional().register(z.globalRegistry, { description: "When it was last used." }),
  credentialsChangedOn: IsoDateSchema.optional().register(z.globalRegistry, { description: "When the password or secret of a shared, service or break-glass account was last changed (5.17)." }),
  justification: z.string().optional().register(z.globalRegistry, { description: "Why a shared account is needed (5.16).", examples: ["The on-call rota shares one pager account; its use is logged."] }),
})).register(z.globalRegistry, { description: "An account on an information system." });
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
