/** The `isms-kit/oscal` module. */
export type OscalModule = typeof import("isms-kit/oscal");

/**
 * Loads the OSCAL functions from `isms-kit/oscal` (OSCAL's own subpath, STYLE.md §7) when a command
 * needs them, so the commands that do not use OSCAL start without loading it.
 */
export async function loadOscal(): Promise<OscalModule> {
  return import("isms-kit/oscal");
}
