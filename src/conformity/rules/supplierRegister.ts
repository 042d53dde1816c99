import { countWhere } from "../../core/collections";
import { builtInRule } from "../_lib/builtInRule";
import { ISOLATED_LAPSE, SYSTEMIC_RULE } from "../_lib/grading";
import { gradeLapses, located, unlessRecords } from "../_lib/operations";
import { pointer } from "../_lib/pointers";
import { quote } from "../_lib/text";

/** Annex A 5.19: supplier relationships are owned, and assets rely only on current suppliers. @category Conformity */
export const supplierRegister = builtInRule({
  id: "A.5.19-supplier-register",
  controlId: "5.19",
  title: "Supplier relationships that matter are owned and current",
  description: `When control 5.19 is applicable, every active or onboarding supplier rated high or critical, or processing personal data, names who manages the relationship (\`ownerId\`), and no asset relies on a supplier that has been offboarded (\`assets[].supplierIds\`). Minor for each, ${ISOLATED_LAPSE}; ${SYSTEMIC_RULE} (of those suppliers and assets).`,
  severity: "minor",
  stage: 2,
  hint: "Name an owner for the supplier; move the asset to a current supplier or record where it now lives.",
  reads: ["suppliers", "assets"],
  check(isms, { index, gradingPolicy }) {
    const important = located(isms.suppliers, "suppliers", (s) => s.status !== "offboarded" && (s.criticality === "high" || s.criticality === "critical" || s.processesPersonalData));
    const skip = unlessRecords("5.19", index, isms.suppliers, "no supplier is recorded");
    if (skip) return skip;
    const offboarded = new Map(isms.suppliers.flatMap((s) => (s.status === "offboarded" ? [[s.id, s] as const] : [])));
    const lapses = [
      ...important
        .filter(({ value }) => value.ownerId === undefined)
        .map(({ value, pointer: ref }) => ({ item: value.id, message: `${value.criticality} supplier ${quote(value.name)} has no owner managing the relationship`, refs: [ref] })),
      ...isms.assets.flatMap((a, i) =>
        a.supplierIds.flatMap((id, j) => {
          const s = offboarded.get(id);
          return s === undefined ? [] : [{ item: a.id, message: `asset ${quote(a.name)} relies on supplier ${quote(s.name)}, which has been offboarded`, refs: [pointer("assets", i, "supplierIds", j)] }];
        }),
      ),
    ];
    return gradeLapses(lapses, important.length + countWhere(isms.assets, (a) => a.supplierIds.length > 0), gradingPolicy, "important suppliers or supplied assets are not managed", (id) => id);
  },
});
