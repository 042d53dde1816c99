import { readFileSync } from "node:fs";
import { parseIsms, type Isms, type IsmsInput } from "../../../src/index";

/** Parses one of the example documents in examples/. */
export function loadExample(name: "saas-company" | "startup"): Isms {
  return parseIsms(JSON.parse(readFileSync(new URL(`../../../examples/${name}.isms.json`, import.meta.url), "utf8")));
}

/** A minimal document with the given parts; people p-1 (owner) and p-2 exist. */
export function doc(parts: Partial<IsmsInput> = {}): Isms {
  return parseIsms({
    schemaVersion: "1.0",
    organization: { name: "Acme" },
    people: [
      { id: "p-1", name: "Olivia Owner" },
      { id: "p-2", name: "Peter Other" },
    ],
    ...parts,
  });
}
