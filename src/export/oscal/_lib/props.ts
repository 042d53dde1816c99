import { ISMS_KIT_OSCAL_NS } from "../ISMS_KIT_OSCAL_NS";
import type { OscalProperty } from "../OscalProperty";
import { oneLine } from "./text";

/** An isms-kit prop (in {@link ISMS_KIT_OSCAL_NS}); `undefined` when the value is blank. */
export function kitProp(name: string, value: string | number | boolean, cls?: string): OscalProperty | undefined {
  const text = oneLine(String(value));
  if (text === "") return undefined;
  return cls === undefined ? { name, ns: ISMS_KIT_OSCAL_NS, value: text } : { name, ns: ISMS_KIT_OSCAL_NS, value: text, class: cls };
}

/** An OSCAL-defined prop (no `ns`), such as `label`; `undefined` when the value is blank. */
export function oscalProp(name: string, value: string): OscalProperty | undefined {
  const text = oneLine(value);
  return text === "" ? undefined : { name, value: text };
}

/** The props that are defined, or `undefined` when none is (OSCAL arrays must not be empty). */
export function props(...list: readonly (OscalProperty | undefined | readonly (OscalProperty | undefined)[])[]): OscalProperty[] | undefined {
  const out = list.flat().filter((prop): prop is OscalProperty => prop !== undefined);
  return out.length > 0 ? out : undefined;
}

/** `list`, or `undefined` when it is empty (OSCAL arrays must not be empty). */
export function nonEmpty<T>(list: readonly T[]): T[] | undefined {
  return list.length > 0 ? [...list] : undefined;
}

/** A copy of `object` without its `undefined` values, so optional OSCAL properties are left out. */
export function compact<T extends object>(object: { [K in keyof T]?: T[K] | undefined }): T {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(object)) if (value !== undefined) out[key] = value;
  return out as T;
}
