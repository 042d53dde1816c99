// Writes dist/schema.json (shipped as `isms-kit/schema.json`) from the built package, so the file
// is generated from the zod schemas and never hand-written.
import { writeFileSync } from "node:fs";
import { getIsmsJsonSchema } from "../dist/index.js";

writeFileSync(new URL("../dist/schema.json", import.meta.url), `${JSON.stringify(getIsmsJsonSchema(), null, 2)}\n`);
console.log("wrote dist/schema.json");
