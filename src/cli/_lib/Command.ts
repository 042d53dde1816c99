import type { CliIo } from "./CliIo";
import type { Style } from "./style";

/** An option of a command, described once for both `parseArgs` and `--help`. */
export interface CommandOption {
  readonly name: string;
  readonly short?: string;
  readonly type: "string" | "boolean";
  /** May be given more than once (values are collected). */
  readonly multiple?: boolean;
  /** The placeholder shown in help, e.g. `<YYYY-MM-DD>`. */
  readonly valueName?: string;
  readonly description: string;
  /** The values allowed, checked before the command runs. */
  readonly choices?: readonly string[];
}

/** A positional argument of a command. */
export interface CommandArgument {
  readonly name: string;
  readonly required: boolean;
  readonly description: string;
  /** The values allowed, checked before the command runs. */
  readonly choices?: readonly string[];
}

/** What a command receives: its parsed arguments and the means to write. */
export interface CommandContext {
  readonly io: CliIo;
  /** Positional arguments by name; optional ones left out are absent. */
  readonly args: Readonly<Record<string, string>>;
  readonly options: Readonly<Record<string, string | boolean | readonly string[] | undefined>>;
  /** Styles text for stdout (plain unless stdout is a terminal and `NO_COLOR` is unset). */
  readonly style: Style;
  /** The width to fit stdout's tables and text to (unlimited when piped). */
  readonly width: number;
  /**
   * Writes what people read to stdout (messages, tables, summaries): every control sequence from a
   * document is shown as an escape, so it cannot act on the terminal.
   */
  readonly out: (text: string | Uint8Array) => void;
  /**
   * Writes the command's result (JSON, CSV, Markdown, SVG, XLSX bytes …) to stdout: as it is when
   * stdout is piped or redirected, made safe like `out` when it is a terminal.
   */
  readonly data: (content: string | Uint8Array) => void;
}

/** One `isms-kit` command: what it takes, its help, and what it does. */
export interface Command {
  /** The command as typed: `validate`, or `soa diff` for a command with a subcommand. */
  readonly name: string;
  /** A paragraph or two on what the command does, for its `--help`. */
  readonly description: string;
  readonly arguments: readonly CommandArgument[];
  readonly options: readonly CommandOption[];
  /** The exit codes this command uses, for its `--help`. */
  readonly exitCodes: readonly (readonly [number, string])[];
  readonly examples: readonly string[];
  /** Runs the command and returns the exit code. Throws CliError for the user's mistakes. */
  readonly run: (context: CommandContext) => number | Promise<number>;
}

/**
 * A command as `isms-kit --help` lists it, without loading it: its name, one line on what it does, its
 * synopsis, and how to load the command itself (only when it runs or shows its own help, so the
 * command line starts without loading the library).
 */
export interface CommandEntry {
  readonly name: string;
  /** One line, for the list of commands. */
  readonly summary: string;
  /** The arguments as the list of commands shows them: `<file>`, `[dir]`, `<old> <new>`. */
  readonly synopsis: string;
  readonly load: () => Promise<Command>;
}
