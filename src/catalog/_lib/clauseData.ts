import data from "../../../catalog/clauses-2022.json" with { type: "json" };
import type { ClauseCatalog } from "../ClauseCatalogSchema";
import { deepFreeze } from "../../core/deepFreeze";

/** `catalog/clauses-2022.json`, deeply frozen; validated by the catalog data test. */
export const clauseData: ClauseCatalog = deepFreeze(data as ClauseCatalog);
