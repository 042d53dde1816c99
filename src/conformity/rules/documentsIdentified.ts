import { builtInRule } from "../_lib/builtInRule";
import { pointer } from "../_lib/pointers";
import { CONTROLLED_DOCUMENT_TYPES } from "../_lib/selectors";
import { listForMessage, plural } from "../_lib/text";

/** 7.5.2 a: documents are identified (version, owner). @category Conformity */
export const documentsIdentified = builtInRule({
  id: "7.5.2-documents-identified",
  clause: "7.5.2",
  title: "Controlled documents carry a version and an owner",
  description: "Each current controlled document has a version and an owner. An opportunity for improvement listing those that do not.",
  severity: "ofi",
  stage: 2,
  hint: "Give each controlled document a `version` and an `ownerId`.",
  check(isms) {
    const controlled = isms.documents.flatMap((d, i) => (CONTROLLED_DOCUMENT_TYPES.has(d.type) && d.status !== "retired" ? [{ d, ref: pointer("documents", i) }] : []));
    if (controlled.length === 0) return { notAssessable: "no controlled document (policy, procedure, plan …) is recorded" };
    const bare = controlled.filter(({ d }) => d.version === undefined || d.ownerId === undefined);
    if (bare.length === 0) return [];
    return [
      {
        message: `${plural(bare.length, "controlled document")} ${bare.length === 1 ? "lacks" : "lack"} a version or an owner: ${listForMessage(bare.map(({ d }) => d.id))}`,
        refs: bare.map(({ ref }) => ref),
      },
    ];
  },
});
