import dora from "../../catalog/frameworks/dora.json" with { type: "json" };
import gdpr from "../../catalog/frameworks/gdpr.json" with { type: "json" };
import nis2 from "../../catalog/frameworks/nis2.json" with { type: "json" };
import nistCsf2 from "../../catalog/frameworks/nist-csf-2.0.json" with { type: "json" };
import soc2 from "../../catalog/frameworks/soc2.json" with { type: "json" };
import { annexA } from "../catalog/annexA";
import { annexA2013 } from "../catalog/annexA2013";
import { clauses } from "../catalog/clauses";
import { deepFreeze } from "../core/deepFreeze";
import type { Framework, FrameworkRequirement } from "./FrameworkSchema";

const THEMES = [
  { id: "A.5", theme: "organizational", title: "Organizational controls" },
  { id: "A.6", theme: "people", title: "People controls" },
  { id: "A.7", theme: "physical", title: "Physical controls" },
  { id: "A.8", theme: "technological", title: "Technological controls" },
] as const;

/** ISO/IEC 27001:2022 as a framework, from the catalog: the clauses, then the Annex A themes and controls. */
function iso27001(): Framework {
  const requirements: FrameworkRequirement[] = clauses.map((clause) => ({
    id: clause.id,
    kind: "clause",
    ...(clause.parent === null ? {} : { parentId: clause.parent }),
    title: clause.title,
  }));
  for (const theme of THEMES) {
    requirements.push({ id: theme.id, kind: "theme", title: theme.title });
    for (const control of annexA.controls) {
      if (control.theme === theme.theme) requirements.push({ id: `A.${control.id}`, kind: "control", parentId: theme.id, title: control.title });
    }
  }
  return { id: "iso27001-2022", name: "ISO/IEC 27001:2022", version: "2022", publisher: "ISO/IEC", requirements };
}

/** The Annex A of ISO/IEC 27001:2013 as a framework, from the catalog: the domains and controls. */
function iso27001v2013(): Framework {
  const requirements: FrameworkRequirement[] = [];
  for (const domain of annexA2013.domains) {
    requirements.push({ id: domain.id, kind: "domain", title: domain.title });
    for (const control of annexA2013.controls) {
      if (control.domain === domain.id) requirements.push({ id: control.id, kind: "control", parentId: domain.id, title: control.title });
    }
  }
  return { id: "iso27001-2013", name: "ISO/IEC 27001:2013 Annex A", version: "2013", publisher: "ISO/IEC", requirements };
}

/**
 * The frameworks isms-kit knows, each as data ({@link Framework}): ISO/IEC 27001:2022 (clauses `4`
 * … `10.2` and Annex A controls `A.5.1` … `A.8.34`), the 2013 Annex A (`A.5.1.1` … `A.18.2.3`),
 * NIST CSF 2.0, NIS2 (Directive (EU) 2022/2555 Articles 20, 21 and 23 and the Annex of
 * Implementing Regulation (EU) 2024/2690), the security articles of the GDPR, DORA Chapters II and
 * III, and the SOC 2 Trust Services Criteria. The built-in mappings ({@link frameworkMappings})
 * relate them. Adding one is a JSON file in `catalog/frameworks/` and a line here. Deeply frozen.
 *
 * @category Mappings
 * @example
 * ```ts
 * frameworks.map((framework) => framework.id)
 * //=> ["iso27001-2022", "iso27001-2013", "nist-csf-2.0", "nis2", "gdpr", "dora", "soc2"]
 * ```
 */
export const frameworks: readonly Framework[] = deepFreeze([
  iso27001(),
  iso27001v2013(),
  nistCsf2 as Framework,
  nis2 as Framework,
  gdpr as Framework,
  dora as Framework,
  soc2 as Framework,
]);

/**
 * The id of a framework isms-kit knows.
 *
 * @category Mappings
 * @example
 * ```ts
 * const id: FrameworkId = "nist-csf-2.0";
 * ```
 */
export type FrameworkId = "iso27001-2022" | "iso27001-2013" | "nist-csf-2.0" | "nis2" | "gdpr" | "dora" | "soc2";
