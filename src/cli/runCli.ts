import pkg from "../../package.json" with { type: "json" };
import { CliError, EXIT } from "./_lib/CliError";
import type { CliIo } from "./_lib/CliIo";
import type { Command } from "./_lib/Command";
import { formatCommandHelp, formatGeneralHelp } from "./_lib/formatHelp";
import { parseCommandArgs } from "./_lib/parseCommandArgs";
import { createStyle, useColour } from "./_lib/style";
import { toTerminal } from "./_lib/terminalText";
import { outputWidth } from "./_lib/text";
import { commands } from "./commands/index";

/** The version of isms-kit this command line belongs to. */
export const version: string = pkg.version;

/**
 * Runs the `isms-kit` command line on `argv` (the arguments after the program name) and returns the
 * exit code: 0 success, 1 nonconformities (`check`), 2 invalid input or usage, 3 unexpected error.
 * It writes only through `io`, so it can run in-process.
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const style = createStyle(useColour(io.stdout, io.env));
  const errorStyle = createStyle(useColour(io.stderr, io.env));
  const width = outputWidth(io.stdout, io.env);
  // Text from a document never reaches the terminal as a control sequence, nor forges a line of its own.
  const out = (text: string | Uint8Array) => io.stdout.write(typeof text === "string" ? toTerminal(text, { lineBreaks: true }) : text);
  const data = (content: string | Uint8Array) => (io.stdout.isTTY ? out(content) : io.stdout.write(content));
  const report = (message: string, details: readonly string[] = []) => {
    const line = (text: string) => toTerminal(text, { lineBreaks: false });
    io.stderr.write(`${errorStyle(["bold", "red"], "isms-kit:")} ${line(message)}\n${details.map((detail) => `  ${line(detail)}\n`).join("")}`);
  };

  const [name, ...rest] = argv;
  if (name === undefined) {
    io.stderr.write(formatGeneralHelp(commands, version, errorStyle, outputWidth(io.stderr, io.env)));
    return EXIT.invalid;
  }
  if (name === "--help" || name === "-h" || (name === "help" && rest.length === 0)) {
    out(formatGeneralHelp(commands, version, style, width));
    return EXIT.ok;
  }
  if (name === "--version" || name === "-v") {
    out(`${version}\n`);
    return EXIT.ok;
  }
  const find = (wanted: string): Command | undefined => commands.find((c) => c.name === wanted);
  if (name === "help") {
    const command = find(rest[0] ?? "");
    if (!command) {
      report(`unknown command "${rest[0]}" (commands: ${commands.map((c) => c.name).join(", ")})`);
      return EXIT.invalid;
    }
    out(formatCommandHelp(command, style, width));
    return EXIT.ok;
  }
  const command = find(name);
  if (!command) {
    report(
      name.startsWith("-")
        ? `unknown option ${name} (see 'isms-kit --help')`
        : `unknown command "${name}" (commands: ${commands.map((c) => c.name).join(", ")}; see 'isms-kit --help')`,
    );
    return EXIT.invalid;
  }

  try {
    const parsed = parseCommandArgs(command, rest);
    if (parsed.help) {
      out(formatCommandHelp(command, style, width));
      return EXIT.ok;
    }
    return await command.run({ io, args: parsed.args, options: parsed.options, style, width, out, data });
  } catch (error) {
    if (error instanceof CliError) {
      report(error.message, error.details);
      return error.exitCode;
    }
    // The library's errors for bad input (RiskMethodError, CatalogError, TreatmentInputError …)
    // carry their issues and list them in their message.
    if (error instanceof Error && Array.isArray((error as { issues?: unknown }).issues)) {
      const [first = "", ...lines] = error.message.split("\n");
      report(`${command.name}: ${first}`, lines.map((line) => line.trim()));
      return EXIT.invalid;
    }
    report(
      `${command.name}: unexpected error; this is a bug in isms-kit ${version}, please report it with what follows`,
      (error instanceof Error ? (error.stack ?? error.message) : String(error)).split("\n"),
    );
    return EXIT.internal;
  }
}
