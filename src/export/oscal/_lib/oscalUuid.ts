import { v5 } from "uuid";

/**
 * The namespace of isms-kit's name-based UUIDs: the version 5 UUID of the URL
 * `https://isms-kit.dev/ns/oscal` in RFC 4122's URL namespace.
 */
export const ISMS_KIT_UUID_NAMESPACE = "15b0c42e-ed7f-5cdd-a197-9f4cf0f154c3";

/**
 * A version 5 (name-based, SHA-1) UUID for the name made of `name` (e.g. `"catalog", "iso-iec-27001-2022-annex-a"`):
 * the same name always gives the same UUID, so documents are reproducible.
 */
export function oscalUuid(...name: readonly string[]): string {
  return v5(JSON.stringify(name), ISMS_KIT_UUID_NAMESPACE);
}
