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
export const PersonSchema = entitySchema({
  name: NonEmptyStringSchema,
  email: z.string().optional(),
  jobTitle: z.string().optional(),
  department: z.string().optional(),
  topManagement: z.boolean().default(false).describe("Part of top management (clause 5)."),
  external: z.boolean().default(false).describe("An external person, e.g. a contracted auditor."),
  status: z.enum(["active", "left"]).default("active"),
  startedOn: IsoDateSchema.optional(),
  leftOn: IsoDateSchema.optional(),
});
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
