import pkg from "../../package.json" with { type: "json" };
import { CliError, EXIT } from "./_lib/CliError";
import type { CliIo } from "./_lib/CliIo";
import type { CommandEntry } from "./_lib/Command";
import { formatCommandHelp, formatGeneralHelp } from "./_lib/formatHelp";
import { createStyle, useColour } from "./_lib/style";
import { toTerminal } from "./_lib/terminalText";
import { outputWidth } from "./_lib/text";
import { commands } from "./commands/index";

/** The version of isms-kit this command line belongs to. */
export const version: string = pkg.version;

/** The command `argv` names, and the arguments after its name: `soa diff a b` is the command `soa diff`. */
function findCommand(argv: readonly string[]): { entry: CommandEntry; rest: readonly string[] } | undefined {
  const two = commands.find((c) => c.name === `${argv[0]} ${argv[1]}`);
  if (two) return { entry: two, rest: argv.slice(2) };
  const one = commands.find((c) => c.name === argv[0]);
  return one ? { entry: one, rest: argv.slice(1) } : undefined;
}

/** Why a name is not a command, with what it most likely meant (the edit-distance code loads only then). */
async function unknownCommand(name: string, next: string | undefined): Promise<string> {
  const subcommands = commands.filter((c) => c.name.startsWith(`${name} `));
  if (subcommands.length > 0) {
    const given = next === undefined ? "" : `; found "${next}"`;
    return `"${name}" needs a subcommand: ${subcommands.map((c) => `'isms-kit ${c.name}'`).join(", ")}${given}`;
  }
  const names = [...new Set(commands.map((c) => c.name.split(" ")[0]!))];
  const { didYouMeanHint } = await import("../core/didYouMean");
  return `unknown command "${name}"${didYouMeanHint(name, names)} (commands: ${names.join(", ")}; see 'isms-kit --help')`;
}

/**
 * Runs the `isms-kit` command line on `argv` (the arguments after the program name) and returns the
 * exit code: 0 success, 1 nonconformities (`check`), 2 invalid input or usage, 3 unexpected error.
 * It writes only through `io`, so it can run in-process. A command's code is loaded only when it runs.
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
  if (name === "help") {
    const found = findCommand(rest);
    if (!found) {
      report(await unknownCommand(rest[0] ?? "", rest[1]));
      return EXIT.invalid;
    }
    out(formatCommandHelp(await found.entry.load(), style, width));
    return EXIT.ok;
  }
  const found = findCommand(argv);
  if (!found) {
    report(name.startsWith("-") ? `unknown option ${name} (see 'isms-kit --help')` : await unknownCommand(name, rest[0]));
    return EXIT.invalid;
  }

  const command = await found.entry.load();
  const { parseCommandArgs } = await import("./_lib/parseCommandArgs");
  try {
    const parsed = parseCommandArgs(command, found.rest);
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
