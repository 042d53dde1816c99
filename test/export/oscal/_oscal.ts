/**
 * The official OSCAL 1.2.1 JSON Schemas and NIST's example documents, kept in `../shared/oscal/`
 * beside the repository (see its README). A fresh clone has no `../shared`: the tests that need it
 * say so and skip. CI always has it, so there (`CI=true`) a missing folder fails instead.
 */
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Ajv, type ErrorObject, type ValidateFunction } from "ajv";
import addFormatsModule from "ajv-formats";
import { beforeAll, describe } from "vitest";

/** `<repository root>/../shared/oscal/`, from this folder (`test/oscal/`). */
export const OSCAL_DIR = new URL("../../../shared/oscal/", import.meta.url);
export const OSCAL_DIR_PATH = fileURLToPath(OSCAL_DIR);
export const hasOscal = existsSync(OSCAL_DIR_PATH);
const isCi = process.env.CI === "true";

if (!hasOscal && !isCi) {
  console.warn(
    `[isms-kit] Skipping the OSCAL schema and NIST document tests: ${OSCAL_DIR_PATH} does not exist. ` +
      "It holds NIST's official OSCAL 1.2.1 JSON Schemas and example documents; CI always has it.",
  );
}

/**
 * `describe` for tests that need `../shared/oscal`: skipped (with the warning above) when the folder
 * is missing, except under CI, where the tests run and fail.
 */
export function describeWithOscal(name: string, body: () => void): void {
  describe.skipIf(!hasOscal && !isCi)(name, () => {
    beforeAll(() => {
      if (!hasOscal) throw new Error(`CI=true but ${OSCAL_DIR_PATH} is missing: the OSCAL schemas and NIST examples must be there`);
    });
    body();
  });
}

/** A file of `../shared/oscal/`, parsed. */
export function readOscalJson(file: string): unknown {
  return JSON.parse(readFileSync(new URL(file, OSCAL_DIR), "utf8"));
}

export type OscalModel = "catalog" | "profile" | "assessment-results" | "poam";

const addFormats = (addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule;
const validators = new Map<OscalModel, ValidateFunction>();

function validatorFor(model: OscalModel): ValidateFunction {
  let validate = validators.get(model);
  if (validate === undefined) {
    const ajv = new Ajv({ allErrors: true, strict: false });
    addFormats(ajv);
    validate = ajv.compile(readOscalJson(`schemas-1.2.1/oscal_${model}_schema.json`) as object);
    validators.set(model, validate);
  }
  return validate;
}

/** The errors of validating `document` against NIST's OSCAL 1.2.1 JSON Schema of `model`, as `pointer: message` lines; `[]` when valid. */
export function oscalSchemaErrors(model: OscalModel, document: unknown): string[] {
  const validate = validatorFor(model);
  if (validate(document)) return [];
  return (validate.errors ?? []).map((error: ErrorObject) => `${error.instancePath || "/"}: ${error.message ?? error.keyword} ${JSON.stringify(error.params)}`);
}

/** The example documents' "today": the dates of their narrative are relative to it. */
export const TODAY = "2026-11-28";
export const EXAMPLES = ["saas-company", "startup"] as const;

/** An example document of `examples/`, as JSON (not parsed). */
export function exampleJson(name: (typeof EXAMPLES)[number]): unknown {
  return JSON.parse(readFileSync(new URL(`../../examples/${name}.isms.json`, import.meta.url), "utf8"));
}

/** A fixture of `test/fixtures/oscal/`, parsed. */
export function fixtureJson(file: string): unknown {
  return JSON.parse(readFileSync(new URL(`../fixtures/oscal/${file}`, import.meta.url), "utf8"));
}

/** Whether `value` is an RFC 4122 version 5 UUID. */
export function isUuidV5(value: unknown): boolean {
  return typeof value === "string" && /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(value);
}

/** Every `uuid` value in a document, in document order. */
export function uuidsOf(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) for (const item of value) uuidsOf(item, out);
  else if (value !== null && typeof value === "object") {
    for (const [key, inner] of Object.entries(value)) {
      if (key === "uuid" && typeof inner === "string") out.push(inner);
      else uuidsOf(inner, out);
    }
  }
  return out;
}
