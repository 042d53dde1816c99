import * as z from "zod";
import { entitySchema } from "./_lib/entitySchema";
import { IsoDateSchema, NonEmptyStringSchema, RefSchema } from "../core/primitives";

/**
 * An opportunity for continual improvement (10.1) and what became of it.
 *
 * @category Model
 * @example
 * ```ts
 * const i: Improvement = { id: "imp-1", title: "Automate evidence collection", status: "in-progress" };
 * ```
 */
export const ImprovementSchema = entitySchema({
  title: NonEmptyStringSchema,
  description: z.string().optional(),
  source: z.string().optional(),
  raisedOn: IsoDateSchema.optional(),
  ownerId: RefSchema.optional(),
  status: z.enum(["proposed", "approved", "in-progress", "implemented", "rejected"]),
  implementedOn: IsoDateSchema.optional(),
  managementReviewId: RefSchema.optional(),
  nonconformityId: RefSchema.optional(),
}).describe("10.1 An improvement.");
/**
 * The type of an improvement, inferred from {@link ImprovementSchema}.
 *
 * @category Model
 * @example
 * ```ts
 * const value: Improvement = ImprovementSchema.parse({ id: "i", title: "x", status: "proposed" });
 * ImprovementSchema.safeParse(value).success
 * //=> true
 * ```
 */
export type Improvement = z.infer<typeof ImprovementSchema>;
