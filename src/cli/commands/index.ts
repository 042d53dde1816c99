import type { Command } from "../_lib/Command";
import { catalog } from "./catalog";
import { check } from "./check";
import { coverage } from "./coverage";
import { demo } from "./demo";
import { risks } from "./risks";
import { oscal } from "./oscal";
import { report } from "./report";
import { schema } from "./schema";
import { soa } from "./soa";
import { validate } from "./validate";

/** Every command, in the order `isms-kit --help` lists them. */
export const commands: readonly Command[] = [validate, risks, soa, check, coverage, report, catalog, schema, oscal, demo];
