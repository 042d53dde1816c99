import { parseArgs, type ParseArgsConfig } from "node:util";
import { didYouMeanHint } from "../../core/didYouMean";
import { CliError } from "./CliError";
import type { Command } from "./Command";

/** The result of {@link parseCommandArgs}: `help` when `--help` was asked for. */
export type ParsedCommandArgs =
  | { readonly help: true }
  | {
      readonly help: false;
      readonly args: Readonly<Record<string, string>>;
      readonly options: Readonly<Record<string, string | boolean | readonly string[] | undefined>>;
    };

const quoteList = (values: readonly string[]) => values.map((v) => `"${v}"`).join(", ");

/**
 * Parses a command's arguments with `node:util` parseArgs, and checks what parseArgs does not: the
 * number of positional arguments and the values allowed. Every mistake is a {@link CliError} (exit 2)
 * that ends with where to look for help.
 */
export function parseCommandArgs(command: Command, argv: readonly string[]): ParsedCommandArgs {
  const usage = (message: string) => new CliError(`${command.name}: ${message} (see 'isms-kit ${command.name} --help')`);
  const config: NonNullable<ParseArgsConfig["options"]> = { help: { type: "boolean", short: "h" } };
  for (const option of command.options) {
    config[option.name] = {
      type: option.type,
      ...(option.short === undefined ? {} : { short: option.short }),
      ...(option.multiple ? { multiple: true } : {}),
    };
  }
  let parsed: { values: Record<string, unknown>; positionals: string[] };
  try {
    parsed = parseArgs({ args: [...argv], options: config, allowPositionals: true, strict: true });
  } catch (error) {
    const code = (error as { code?: string }).code;
    const message = error instanceof Error ? error.message : String(error);
    const name = /'(-[^']*)'/.exec(message)?.[1];
    if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") {
      const given = name ?? message;
      const known = ["--help", ...command.options.map((o) => `--${o.name}`)];
      throw usage(`unknown option ${given}${didYouMeanHint(given.split("=")[0] ?? given, known, (s) => s)}`);
    }
    if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") {
      const option = [...command.options, { name: "help", type: "boolean" as const, valueName: undefined }].find((o) =>
        new RegExp(`--${o.name}\\b`).test(message),
      );
      if (option?.type === "string") throw usage(`--${option.name} needs a value${option.valueName ? ` ${option.valueName}` : ""}`);
      throw usage(`--${option?.name ?? name ?? "?"} takes no value`);
    }
    throw usage(message.split("\n")[0] ?? message);
  }
  if (parsed.values["help"] === true) return { help: true };

  const args: Record<string, string> = {};
  const positionals = parsed.positionals;
  command.arguments.forEach((argument, index) => {
    const value = positionals[index];
    if (value === undefined) {
      if (argument.required) throw usage(`missing <${argument.name}>`);
      return;
    }
    if (argument.choices && !argument.choices.includes(value)) {
      throw usage(`<${argument.name}> must be one of ${quoteList(argument.choices)}; found "${value}"${didYouMeanHint(value, argument.choices)}`);
    }
    args[argument.name] = value;
  });
  if (positionals.length > command.arguments.length) {
    throw usage(`unexpected argument "${positionals[command.arguments.length]}"`);
  }

  const options: Record<string, string | boolean | readonly string[] | undefined> = {};
  for (const option of command.options) {
    const value = parsed.values[option.name] as string | boolean | string[] | undefined;
    if (value === undefined) continue;
    if (option.choices) {
      const values = Array.isArray(value) ? value : [value];
      for (const v of values) {
        if (typeof v === "string" && !option.choices.includes(v)) {
          throw usage(`--${option.name} must be one of ${quoteList(option.choices)}; found "${v}"${didYouMeanHint(v, option.choices)}`);
        }
      }
    }
    options[option.name] = value;
  }
  return { help: false, args, options };
}
