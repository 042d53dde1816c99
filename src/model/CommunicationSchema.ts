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
export const CommunicationSchema = entitySchema({
  subject: NonEmptyStringSchema,
  direction: z.enum(["internal", "external"]).default("internal"),
  audience: z.string().optional().describe("With whom."),
  interestedPartyIds: RefListSchema,
  when: z.string().optional().describe("When or how often, in words."),
  lastCommunicatedOn: IsoDateSchema.optional(),
  channel: z.string().optional().describe("How."),
  communicatorId: RefSchema.optional(),
  documentIds: RefListSchema,
}).describe("7.4 Communication.");
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
