/**
 * The official OSCAL 1.2.1 JSON Schemas and NIST's example documents, kept in `../shared/oscal/`
 * beside the repository (see its README); they are read from there, never copied into the project.
 * The tests that need them never skip: where the folder is missing they fail, and say where it
 * should be and what it holds.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { Ajv, type ErrorObject, type ValidateFunction } from "ajv";
import addFormatsModule from "ajv-formats";
import { beforeAll, describe } from "vitest";

/** The repository root, from this folder (`test/export/oscal/`). */
const ROOT = new URL("../../../", import.meta.url);

/**
 * Where the shared folder is: `ISMS_KIT_SHARED_DIR` when set, else `../shared` beside the repository,
 * else `../shared` beside the repository this one was cloned from (a fresh clone in a temporary
 * folder, as CI makes one, still finds the folder of the checkout it came from).
 */
function sharedOscalDir(): string {
  const candidates: string[] = [];
  if (process.env.ISMS_KIT_SHARED_DIR) candidates.push(path.join(process.env.ISMS_KIT_SHARED_DIR, "oscal"));
  candidates.push(fileURLToPath(new URL("../shared/oscal/", ROOT)));
  try {
    const origin = execFileSync("git", ["config", "--get", "remote.origin.url"], { cwd: fileURLToPath(ROOT), encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
    if (origin !== "" && !/^[a-z+]+:\/\/|^[^/]+@/.test(origin)) candidates.push(path.resolve(fileURLToPath(ROOT), origin, "../shared/oscal"));
  } catch {
    // not a git checkout, or no origin: only the places above
  }
  return candidates.find((dir) => existsSync(dir)) ?? candidates[0]!;
}

export const OSCAL_DIR_PATH = sharedOscalDir();
export const OSCAL_DIR = pathToFileURL(`${OSCAL_DIR_PATH.replace(/\/?$/, "")}/`);
export const hasOscal = existsSync(OSCAL_DIR_PATH);

/**
 * `describe` for tests that need `../shared/oscal`. When the folder is missing every test in it fails
 * with a message that says what is missing and where (never a silent skip).
 */
export function describeWithOscal(name: string, body: () => void): void {
  describe(name, () => {
    beforeAll(() => {
      if (!hasOscal) {
        throw new Error(
          `${OSCAL_DIR_PATH} is missing: it holds NIST's official OSCAL 1.2.1 JSON Schemas and example documents, ` +
            "which these tests validate against. Put the shared folder beside the repository, or set ISMS_KIT_SHARED_DIR to it.",
        );
      }
    });
    body();
  });
}

/** A file of `../shared/oscal/`, parsed. */
export function readOscalJson(file: string): unknown {
  return JSON.parse(readFileSync(new URL(file, OSCAL_DIR), "utf8"));
}

export type OscalModel = "catalog" | "profile" | "assessment-results" | "poam" | "mapping";

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
  return JSON.parse(readFileSync(new URL(`examples/${name}.isms.json`, ROOT), "utf8"));
}

/** A fixture of `test/fixtures/oscal/`, parsed. */
export function fixtureJson(file: string): unknown {
  return JSON.parse(readFileSync(new URL(`test/fixtures/oscal/${file}`, ROOT), "utf8"));
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
