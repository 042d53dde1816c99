import { readUpTo } from "./readUpTo";

/** Where a command writes: stdout or stderr, as far as the commands need to know it. */
export interface CliStream {
  write(chunk: string | Uint8Array): void;
  /** Whether the stream is a terminal. */
  readonly isTTY: boolean;
  /** The terminal's width in characters, when it is one. */
  readonly columns: number | undefined;
}

/**
 * Everything a command touches outside its arguments: the streams, the environment, the working
 * directory and the clock. The real process provides them in `main.ts`; tests can provide their own.
 */
export interface CliIo {
  readonly stdout: CliStream;
  readonly stderr: CliStream;
  /**
   * Reads standard input (for the file name `-`): all of it, or as soon as it is longer than
   * `maxBytes`, that many bytes and one more, so that a stream without end (`yes |`) is refused early.
   */
  readonly readStdin: (maxBytes: number) => string | Uint8Array;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
  /** Today's local calendar day, `YYYY-MM-DD`: the default of `--as-of`. Only the CLI reads the clock. */
  readonly today: () => string;
}

/** The calendar day of `date` in local time, `YYYY-MM-DD`. */
export function localDay(date: Date): string {
  const pad = (n: number, width = 2) => String(n).padStart(width, "0");
  return `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The real process's streams, environment, directory and clock. */
export function processIo(): CliIo {
  const stream = (target: NodeJS.WriteStream): CliStream => ({
    write: (chunk) => {
      target.write(chunk);
    },
    get isTTY() {
      return target.isTTY === true;
    },
    get columns() {
      return target.isTTY === true ? target.columns : undefined;
    },
  });
  return {
    stdout: stream(process.stdout),
    stderr: stream(process.stderr),
    readStdin: (maxBytes) => readUpTo(0, maxBytes),
    env: process.env,
    cwd: process.cwd(),
    today: () => localDay(new Date()),
  };
}
