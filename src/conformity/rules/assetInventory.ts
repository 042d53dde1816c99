import { unlessApplicable } from "../_lib/applicability";
import { builtInRule } from "../_lib/builtInRule";
import { isSystemic } from "../_lib/grading";
import { pointer } from "../_lib/pointers";
import { isActivePerson } from "../_lib/selectors";
import { listForMessage, plural } from "../_lib/text";

/** Annex A 5.9: an inventory of assets with owners. @category Conformity */
export const assetInventory = builtInRule({
  id: "A.5.9-asset-inventory",
  controlId: "5.9",
  title: "The asset inventory is kept, with owners",
  description:
    "When control 5.9 is applicable, the asset inventory is not empty and each asset has an active owner. Minor listing the assets without one, major when more than a quarter (and at least 3) have none.",
  severity: "minor",
  stage: 2,
  hint: "Record the information and other assets in `assets`, each with an active owner (`ownerId`).",
  reads: ["assets", "people"],
  check(isms, { index, gradingPolicy }) {
    const skip = unlessApplicable("5.9", index);
    if (skip) return skip;
    const ref = index.controls.get("5.9")!.pointer;
    if (isms.assets.length === 0) return [{ message: "control 5.9 is applicable but the asset inventory is empty", refs: [ref, "/assets"] }];
    const ownerless = isms.assets.flatMap((a, i) =>
      a.ownerId === undefined || !isActivePerson(index.people.get(a.ownerId)?.value) ? [{ id: a.id, ref: pointer("assets", i) }] : [],
    );
    if (ownerless.length === 0) return [];
    return [
      {
        severity: isSystemic(ownerless.length, isms.assets.length, gradingPolicy) ? "major" : "minor",
        message: `${plural(ownerless.length, "asset")} of ${isms.assets.length} ${ownerless.length === 1 ? "has" : "have"} no active owner: ${listForMessage(ownerless.map((o) => o.id))}`,
        refs: ownerless.map((o) => o.ref),
      },
    ];
  },
});
