import { clauseData } from "./_lib/clauseData";
import type { ClauseAmendment } from "./ClauseAmendmentSchema";

/**
 * ISO/IEC 27001:2022/Amd 1:2024 (climate action changes): in 4.1 the organization has to determine
 * whether climate change is a relevant issue; a note to 4.2 says that relevant interested parties can
 * have climate-related requirements. Summaries are this library's words. Deeply frozen.
 *
 * @category Catalog
 * @example
 * ```ts
 * amendment2024.changes.map((change) => `${change.clause} ${change.kind}`)
 * //=> ["4.1 requirement", "4.2 note"]
 * ```
 */
export const amendment2024: ClauseAmendment = clauseData.amendment2024;
