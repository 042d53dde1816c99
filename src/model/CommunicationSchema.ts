import * as z from "zod";
import { entitySchema, RefListSchema } from "./_lib/entitySchema";
import { IsoDateSchema, NonEmptyStringSchema, RefSchema } from "../core/primitives";

/**
 * Internal or external communication relevant to the ISMS (7.4): on what, when, with whom and how.
 *
 * @category Model
 * @example
 * ```ts
 * const c: Communication = CommunicationSchema.parse({
 *   id: "com-1",
 *   subject: "Information security policy",
 *   audience: "All staff",
 *   when: "On hire and after each revision",
 *   channel: "Intranet and onboarding",
 *   documentIds: ["doc-pol"],
 * });
 * c.direction
 * //=> "internal"
 * ```
 */
export const CommunicationSchema = entitySchema(() => ({
  subject: NonEmptyStringSchema.meta({ description: "What is communicated (7.4 a).", examples: ["Updated acceptable use policy"] }),
  direction: z.enum(["internal", "external"]).default("internal").register(z.globalRegistry, { description: "Inside the organisation, or to and from outside.", examples: ["internal"] }),
  audience: z.string().optional().register(z.globalRegistry, { description: "With whom (7.4 c).", examples: ["All staff"] }),
  interestedPartyIds: RefListSchema.meta({ description: "The interested parties concerned (interestedParties ids).", examples: [["ip-customers"]] }),
  when: z.string().optional().register(z.globalRegistry, { description: "When or how often, in words (7.4 b).", examples: ["At onboarding and after every change"] }),
  lastCommunicatedOn: IsoDateSchema.optional().register(z.globalRegistry, { description: "When it was last communicated." }),
  channel: z.string().optional().register(z.globalRegistry, { description: "How it is communicated: the channel (7.4 d).", examples: ["Intranet post and all-hands meeting"] }),
  communicatorId: RefSchema.optional().register(z.globalRegistry, { description: "Who communicates it (a people id).", examples: ["p-ciso"] }),
  documentIds: RefListSchema.meta({ description: "The documents communicated (documents ids).", examples: [["doc-aup"]] }),
})).register(z.globalRegistry, { description: "7.4 Communication." });
/**
 * The type of a communication, inferred from {@link CommunicationSchema}.
 *
 * @category Model
 * @example
 * ```ts
 * const value: Communication = CommunicationSchema.parse({ id: "c", subject: "x" });
 * CommunicationSchema.safeParse(value).success
 * //=> true
 * ```
 */
export type Communication = z.infer<typeof CommunicationSchema>;
