import type { ConformityRuleFinding } from "../ConformityRule";
import { builtInRule } from "../_lib/builtInRule";
import { pointer } from "../_lib/pointers";
import { CONTROLLED_DOCUMENT_TYPES } from "../_lib/selectors";
import { listForMessage, plural } from "../_lib/text";

/** 7.5.3: documented information is available and protected; records are retained. @category Conformity */
export const documentsControlled = builtInRule({
  id: "7.5.3-documents-controlled",
  clause: "7.5.3",
  title: "Documents are available, protected and retained",
  description:
    "Approved controlled documents say where they are kept and how they are classified; approved records and reports state their retention. An opportunity for improvement listing those that do not.",
  severity: "ofi",
  stage: 2,
  hint: "Record `location` and `classification` of controlled documents, and `retention` of records and reports.",
  check(isms) {
    const approved = isms.documents.flatMap((d, i) => (d.status === "approved" ? [{ d, ref: pointer("documents", i) }] : []));
    if (approved.length === 0) return { notAssessable: "no approved document is recorded" };
    const out: ConformityRuleFinding[] = [];
    const unplaced = approved.filter(({ d }) => CONTROLLED_DOCUMENT_TYPES.has(d.type) && (d.location === undefined || d.classification === undefined));
    if (unplaced.length > 0) {
      out.push({
        message: `${plural(unplaced.length, "controlled document")} ${unplaced.length === 1 ? "does" : "do"} not say where it is kept or how it is classified: ${listForMessage(unplaced.map(({ d }) => d.id))}`,
        refs: unplaced.map(({ ref }) => ref),
      });
    }
    const unretained = approved.filter(({ d }) => (d.type === "record" || d.type === "report") && d.retention === undefined);
    if (unretained.length > 0) {
      out.push({
        message: `${plural(unretained.length, "record or report", "records and reports")} ${unretained.length === 1 ? "states" : "state"} no retention: ${listForMessage(unretained.map(({ d }) => d.id))}`,
        refs: unretained.map(({ ref }) => ref),
      });
    }
    return out;
  },
});
