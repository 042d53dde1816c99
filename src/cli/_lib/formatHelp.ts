import type { Command, CommandEntry } from "./Command";
import { EXIT } from "./CliError";
import type { Style } from "./style";
import { definitionList, wrap } from "./text";

/** The usage line of a command: `isms-kit risks <file> [options]`. */
export function usageLine(command: Command): string {
  const args = command.arguments.map((a) => (a.required ? `<${a.name}>` : `[${a.name}]`)).join(" ");
  return `isms-kit ${command.name}${args ? ` ${args}` : ""} [options]`;
}

/** The `--help` of one command: usage, description, arguments, options, exit codes, examples. */
export function formatCommandHelp(command: Command, style: Style, width: number): string {
  const w = Math.min(width, 100);
  const options: [string, string][] = command.options.map((o) => {
    const flag = `${o.short ? `-${o.short}, ` : "    "}--${o.name}${o.type === "string" ? ` ${o.valueName ?? "<value>"}` : ""}`;
    const choices = o.choices && !o.valueName?.includes("|") ? ` (${o.choices.join(", ")})` : "";
    return [flag, `${o.description}${choices}${o.multiple ? "; may be repeated" : ""}`];
  });
  options.push(["-h, --help", "show this help"]);
  const sections = [
    `${style("bold", "Usage:")} ${usageLine(command)}`,
    wrap(command.description, w).join("\n"),
  ];
  if (command.arguments.length > 0) {
    sections.push(
      [
        style("bold", "Arguments:"),
        ...definitionList(
          command.arguments.map((a) => [`<${a.name}>`, `${a.description}${a.choices ? ` (${a.choices.join(", ")})` : ""}`]),
          w,
        ),
      ].join("\n"),
    );
  }
  sections.push([style("bold", "Options:"), ...definitionList(options, w)].join("\n"));
  sections.push([style("bold", "Exit codes:"), ...definitionList(command.exitCodes.map(([code, text]) => [String(code), text]), w)].join("\n"));
  if (command.examples.length > 0) {
    sections.push([style("bold", "Examples:"), ...command.examples.map((e) => `  ${e}`)].join("\n"));
  }
  return `${sections.join("\n\n")}\n`;
}

/** The general `isms-kit --help`: the commands, global options and exit codes. */
export function formatGeneralHelp(commands: readonly CommandEntry[], version: string, style: Style, width: number): string {
  const w = Math.min(width, 100);
  const commandRows = commands.map((c): [string, string] => [`${c.name}${c.synopsis ? ` ${c.synopsis}` : ""}`, c.summary]);
  return `${[
    wrap(
      `isms-kit ${version} — an ISO/IEC 27001:2022 ISMS as data: validate the document, score its risks, build the Statement of Applicability, check conformity clause by clause, export OSCAL.`,
      w,
    )
      .join("\n")
      .replace(/^isms-kit/, style("bold", "isms-kit")),
    `${style("bold", "Usage:")} isms-kit <command> [options]`,
    [style("bold", "Commands:"), ...definitionList(commandRows, w)].join("\n"),
    [
      style("bold", "Options:"),
      ...definitionList(
        [
          ["-h, --help", "show this help; 'isms-kit <command> --help' shows a command's"],
          ["-v, --version", "print the version"],
        ],
        w,
      ),
    ].join("\n"),
    wrap(
      "<file> is an ISMS document: a JSON or YAML file, a folder holding isms.yaml (or isms.json) and one file per collection in isms/, or - for standard input.",
      w,
    ).join("\n"),
    [
      style("bold", "Exit codes:"),
      ...definitionList(
        [
          [String(EXIT.ok), "success"],
          [String(EXIT.nonconformities), "check: nonconformities; coverage: gaps (major or minor findings)"],
          [String(EXIT.invalid), "invalid input or usage: unreadable file, broken JSON, invalid document, bad option"],
          [String(EXIT.internal), "unexpected error: a bug in isms-kit (please report it)"],
        ],
        w,
      ),
    ].join("\n"),
    wrap(
      "Colour is used only on a terminal; NO_COLOR=1 turns it off, FORCE_COLOR=1 turns it on. Tables fit the terminal; piped output is never cut (set COLUMNS to fit it to a width). Guide: docs/cli.md.",
      w,
    ).join("\n"),
  ].join("\n\n")}\n`;
}
