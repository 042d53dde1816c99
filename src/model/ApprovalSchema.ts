import * as z from "zod";
import { IsoDateSchema, RefSchema } from "../core/primitives";
import { lazyShape } from "../core/lazyShape";

/**
 * An approval: who approved, and when.
 *
 * @category Model
 * @example
 * ```ts
 * const approval: Approval = { approvedById: "p-ceo", approvedOn: "2026-01-15" };
 * ```
 */
export const ApprovalSchema = z.strictObject(lazyShape(() => ({
  approvedById: RefSchema.meta({ description: "The person who approved (a people id).", examples: ["p-ceo"] }),
  approvedOn: IsoDateSchema.meta({ description: "When it was approved." }),
})));
/**
 * The type of an approval, inferred from {@link ApprovalSchema}.
 *
 * @category Model
 * @example
 * ```ts
 * const value: Approval = ApprovalSchema.parse({ approvedById: "p", approvedOn: "2026-01-01" });
 * ApprovalSchema.safeParse(value).success
 * //=> true
 * ```
 */
export type Approval = z.infer<typeof ApprovalSchema>;
