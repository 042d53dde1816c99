import { annexAControlIds } from "../../../core/annexAControlIds";
import { isToken } from "./text";

const annexAIds: ReadonlySet<string> = new Set(annexAControlIds);

/**
 * The OSCAL id of a control: an Annex A 2022 id gets ISO's `A.` prefix (`5.1` → `A.5.1`, since an
 * OSCAL id cannot start with a digit), another id that is already an OSCAL token is kept
 * (`NW-C2`, `ac-2.1`), and any other id has each character a token cannot hold replaced by `_`,
 * with a leading `_` when it does not start with a letter (`1 b` → `_1_b`).
 */
export function controlToken(id: string): string {
  if (annexAIds.has(id)) return `A.${id}`;
  if (isToken(id)) return id;
  const replaced = id.replace(/[^\p{L}\p{N}._-]/gu, "_");
  return isToken(replaced) ? replaced : `_${replaced}`;
}

/** The OSCAL id of a clause of ISO/IEC 27001:2022: `6.1.2` → `clause-6.1.2`. */
export function clauseToken(clause: string): string {
  return `clause-${clause}`;
}
