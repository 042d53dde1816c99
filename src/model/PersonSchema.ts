import * as z from "zod";
import { entitySchema } from "./_lib/entitySchema";
import { IsoDateSchema, NonEmptyStringSchema } from "../core/primitives";

/**
 * A person who works in or for the organisation: an owner, auditor, attendee or role holder.
 *
 * @category Model
 * @example
 * ```ts
 * const ceo: Person = PersonSchema.parse({ id: "p-ceo", name: "Dana Smith", jobTitle: "CEO", topManagement: true });
 * ceo.status
 * //=> "active"
 * ```
 */
export const PersonSchema = entitySchema(() => ({
  name: NonEmptyStringSchema.meta({ description: "Their name.", examples: ["Ada Lovelace"] }),
  email: z.string().optional().register(z.globalRegistry, { description: "Their e-mail address (imports read it as the person's id).", examples: ["ada@acme.example"] }),
  jobTitle: z.string().optional().register(z.globalRegistry, { description: "Their job title.", examples: ["Chief Information Security Officer"] }),
  department: z.string().optional().register(z.globalRegistry, { description: "Their department or team.", examples: ["Security"] }),
  topManagement: z.boolean().default(false).register(z.globalRegistry, { description: "Part of top management (clause 5).", examples: [false] }),
  external: z.boolean().default(false).register(z.globalRegistry, { description: "An external person, e.g. a contracted auditor.", examples: [false] }),
  status: z.enum(["active", "left"]).default("active").register(z.globalRegistry, { description: "`left`: no longer with the organisation.", examples: ["active"] }),
  startedOn: IsoDateSchema.optional().register(z.globalRegistry, { description: "When they started." }),
  leftOn: IsoDateSchema.optional().register(z.globalRegistry, { description: "Their last day." }),
}));
/**
 * The type of a person, inferred from {@link PersonSchema}.
 *
 * @category Model
 * @example
 * ```ts
 * const value: Person = PersonSchema.parse({ id: "p", name: "x" });
 * PersonSchema.safeParse(value).success
 * //=> true
 * ```
 */
export type Person = z.infer<typeof PersonSchema>;
