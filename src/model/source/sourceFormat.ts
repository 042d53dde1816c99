/**
 * The formats an ISMS file may be written in.
 *
 * @category Model
 * @example
 * ```ts
 * const format: SourceFormat = "yaml";
 * ```
 */
export type SourceFormat = "json" | "yaml";

/** The file's base name: `isms/risks.yaml` → `risks.yaml`. */
export function baseName(name: string): string {
  return name.slice(Math.max(name.lastIndexOf("/"), name.lastIndexOf("\\")) + 1);
}

/** The base name without its extension: `isms/risks.yaml` → `risks`. */
export function stemOf(name: string): string {
  const base = baseName(name);
  const dot = base.lastIndexOf(".");
  return dot > 0 ? base.slice(0, dot) : base;
}

/** The format of a file: by its extension, else by its first character (`{` or `[` is JSON). */
export function formatOf(name: string, text: string): SourceFormat {
  const base = baseName(name).toLowerCase();
  if (base.endsWith(".json")) return "json";
  if (base.endsWith(".yaml") || base.endsWith(".yml")) return "yaml";
  return /^\uFEFF?\s*[{[]/.test(text) ? "json" : "yaml";
}

/** Whether a name is an ISMS root file: `isms.yaml`, `isms.yml` or `isms.json`, in any folder. */
export function isRootName(name: string): boolean {
  return /^isms\.(ya?ml|json)$/i.test(baseName(name));
}
