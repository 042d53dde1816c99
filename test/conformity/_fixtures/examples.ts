import { readFileSync } from "node:fs";
import type { IsmsInput } from "../../../src/index";

/** The examples' "today": the dates of their narrative are relative to it. */
export const EXAMPLES_TODAY = "2026-11-28";

/** An example document as JSON input (parse it with parseIsms). */
export function readExample(file: "saas-company.isms.json" | "startup.isms.json"): IsmsInput {
  return JSON.parse(readFileSync(new URL(`../../../examples/${file}`, import.meta.url), "utf8")) as IsmsInput;
}
