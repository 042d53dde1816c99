import { CliError } from "./CliError";

/** The `isms-kit/oscal` module. */
export type OscalModule = typeof import("isms-kit/oscal");

/**
 * Loads `isms-kit/oscal` (OSCAL lives behind its own subpath, STYLE.md §7) only when a command needs
 * it: the other commands start without it, and a build without the subpath still runs them.
 * Returns `undefined` when this build has no `isms-kit/oscal`.
 */
export async function tryLoadOscal(): Promise<OscalModule | undefined> {
  try {
    return await import("isms-kit/oscal");
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (code === "ERR_PACKAGE_PATH_NOT_EXPORTED" || code === "ERR_MODULE_NOT_FOUND") return undefined;
    throw error;
  }
}

/** {@link tryLoadOscal}, with a missing subpath reported as a one-line error. */
export async function loadOscal(command: string): Promise<OscalModule> {
  const oscal = await tryLoadOscal();
  if (!oscal) throw new CliError(`${command}: OSCAL export is not available in this build of isms-kit (the isms-kit/oscal entry point is missing)`);
  return oscal;
}
