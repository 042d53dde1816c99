import { describe, expect, it } from "vitest";
import type { Command } from "../../../src/cli/_lib/Command";
import { parseCommandArgs } from "../../../src/cli/_lib/parseCommandArgs";

const command: Command = {
  name: "risks",
  description: "",
  arguments: [{ name: "file", required: true, description: "" }],
  options: [
    { name: "format", short: "f", type: "string", choices: ["table", "json"], valueName: "<table|json>", description: "" },
    { name: "theme", type: "string", multiple: true, description: "" },
    { name: "new", type: "boolean", description: "" },
  ],
  exitCodes: [],
  examples: [],
  run: () => 0,
};

describe("parseCommandArgs", () => {
  it("parses positionals and options, long, short and repeated", () => {
    expect(parseCommandArgs(command, ["x.json", "-f", "json", "--theme", "a", "--theme=b", "--new"])).toEqual({
      help: false,
      args: { file: "x.json" },
      options: { format: "json", theme: ["a", "b"], new: true },
    });
    expect(parseCommandArgs(command, ["--help"])).toEqual({ help: true });
    expect(parseCommandArgs(command, ["x.json", "-h"])).toEqual({ help: true });
  });

  it("turns every mistake into a one-line usage error pointing to --help", () => {
    const cases: [string[], string][] = [
      [["x.json", "--bogus"], "risks: unknown option --bogus (see 'isms-kit risks --help')"],
      [["x.json", "--format"], "risks: --format needs a value <table|json> (see 'isms-kit risks --help')"],
      [["x.json", "--new=yes"], "risks: --new takes no value (see 'isms-kit risks --help')"],
      [["x.json", "--format", "csv"], 'risks: --format must be one of "table", "json"; found "csv" (see \'isms-kit risks --help\')'],
      [[], "risks: missing <file> (see 'isms-kit risks --help')"],
      [["a", "b"], "risks: unexpected argument \"b\" (see 'isms-kit risks --help')"],
    ];
    for (const [argv, message] of cases) {
      expect(() => parseCommandArgs(command, argv), argv.join(" ")).toThrow(message);
    }
  });
});
