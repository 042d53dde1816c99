import * as catalog from "../../src/catalog/index";
import * as oscal from "../../src/export/oscal/index";
import * as report from "../../src/export/report/index";
import * as importing from "../../src/import/index";
import * as root from "../../src/index";
import * as mappings from "../../src/mappings/index";
import * as source from "../../src/model/source/index";

/** The module of each entry point of the package, by the name users import it by. */
export const entryModules: Readonly<Record<string, object>> = {
  "isms-kit": root,
  "isms-kit/catalog": catalog,
  "isms-kit/mappings": mappings,
  "isms-kit/oscal": oscal,
  "isms-kit/report": report,
  "isms-kit/source": source,
  "isms-kit/import": importing,
};
