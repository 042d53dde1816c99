/**
 * An error the command line reports to its user as one line on stderr (prefixed `isms-kit:`), then
 * exits with `exitCode`. Anything else thrown is a bug and is reported with its stack.
 */
export class CliError extends Error {
  override readonly name = "CliError";
  /** The process exit code: 2 for invalid input or usage (the default). */
  readonly exitCode: number;
  /** Lines printed after the message, indented (the problems of an invalid document, say). */
  readonly details: readonly string[];

  constructor(message: string, options: { exitCode?: number; details?: readonly string[] } = {}) {
    super(message);
    this.exitCode = options.exitCode ?? EXIT.invalid;
    this.details = options.details ?? [];
  }
}

/** The exit codes of every command, as documented in `--help` and docs/cli.md. */
export const EXIT = Object.freeze({
  /** Success: the document is valid, the output was written. */
  ok: 0,
  /** `check` only: the document has nonconformities (major or minor findings). */
  nonconformities: 1,
  /** Invalid input or usage: unreadable file, broken JSON, invalid document, unknown option. */
  invalid: 2,
  /** An unexpected error: a bug in isms-kit (please report it, with the stack trace printed). */
  internal: 3,
});
