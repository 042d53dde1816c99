import { styleText } from "node:util";
import type { CliIo, CliStream } from "./CliIo";

/** The few text styles the command line uses. */
export type StyleName = "bold" | "dim" | "red" | "green" | "yellow" | "cyan" | "magenta";

/** Applies a style to a text, or leaves it as it is when colour is off. */
export type Style = (name: StyleName | readonly StyleName[] | undefined, text: string) => string;

/**
 * Whether to colour what is written to `stream`: never when `NO_COLOR` is set to anything but the
 * empty string (https://no-color.org); always when `FORCE_COLOR` is set to anything but `""` or `"0"`
 * (for CI logs that show colour); otherwise only on a terminal.
 */
export function useColour(stream: CliStream, env: CliIo["env"]): boolean {
  if (env["NO_COLOR"] !== undefined && env["NO_COLOR"] !== "") return false;
  const force = env["FORCE_COLOR"];
  if (force !== undefined && force !== "" && force !== "0") return true;
  return stream.isTTY;
}

/** A {@link Style} that colours when `enabled`, and returns the text unchanged otherwise. */
export function createStyle(enabled: boolean): Style {
  if (!enabled) return (_name, text) => text;
  return (name, text) => {
    if (name === undefined || text === "") return text;
    const names = typeof name === "string" ? [name] : name;
    // styleText does not check the stream itself on Node 20; the decision is made above.
    return names.length === 0 ? text : styleText(names as StyleName[], text);
  };
}
