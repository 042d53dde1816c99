import type { CliIo, CliStream } from "../../../src/cli/_lib/CliIo";
import { runCli } from "../../../src/cli/runCli";

/** The day `today()` gives when a run does not choose one: fixed, so no run depends on the clock, and not the examples' 2026-11-28. */
export const defaultToday = "2027-01-15";

/** What the run sees of the world outside its arguments. */
export interface RunInProcessOptions {
  /** The working directory relative paths resolve against. */
  readonly cwd: string;
  /** The whole environment (nothing of the test process's leaks in). Default: empty. */
  readonly env?: Readonly<Record<string, string>>;
  /** Whether stdout and stderr are terminals. Default: false, as when piped. */
  readonly isTTY?: boolean;
  /** The terminal's width, when `isTTY`. Default: 80. */
  readonly columns?: number;
  /** Standard input, read for the file name `-`. Default: empty. */
  readonly stdin?: string;
  /** Today's date, `YYYY-MM-DD`: the default of `--as-of`. Default: {@link defaultToday}. */
  readonly today?: string;
}

/** What an in-process run gave: the exit code, stdout and stderr as UTF-8 text, and stdout as bytes. */
export interface InProcessRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
  readonly stdoutBytes: Buffer;
}

/** A stream that keeps every chunk written to it, as bytes. */
function captureStream(chunks: Buffer[], isTTY: boolean, columns: number): CliStream {
  return {
    write: (chunk) => {
      // A copy, so a command that reuses its buffer after writing cannot change what was captured.
      chunks.push(typeof chunk === "string" ? Buffer.from(chunk, "utf8") : Buffer.from(chunk));
    },
    isTTY,
    columns: isTTY ? columns : undefined,
  };
}

/**
 * Runs the `isms-kit` command line in this process, `runCli(argv, io)`, with an io that captures
 * stdout and stderr and provides the given working directory, environment, terminal, stdin and day.
 */
export async function runInProcess(argv: readonly string[], options: RunInProcessOptions): Promise<InProcessRun> {
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  const isTTY = options.isTTY ?? false;
  const columns = options.columns ?? 80;
  const io: CliIo = {
    stdout: captureStream(out, isTTY, columns),
    stderr: captureStream(err, isTTY, columns),
    readStdin: () => options.stdin ?? "",
    env: { ...options.env },
    cwd: options.cwd,
    today: () => options.today ?? defaultToday,
  };
  const code = await runCli(argv, io);
  const stdoutBytes = Buffer.concat(out);
  return { code, stdout: stdoutBytes.toString("utf8"), stderr: Buffer.concat(err).toString("utf8"), stdoutBytes };
}
