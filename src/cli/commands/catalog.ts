import {
  annexA,
  ControlThemeSchema,
  ControlTypeSchema,
  CybersecurityConceptSchema,
  findControls,
  OperationalCapabilitySchema,
  SecurityDomainSchema,
  SecurityPropertySchema,
  type FindControlsFilter,
} from "isms-kit/catalog";
import { mapTo2013 } from "isms-kit/mappings";
import { CliError, EXIT } from "../_lib/CliError";
import type { Command, CommandOption } from "../_lib/Command";
import { renderTable } from "../_lib/renderTable";
import { toJson } from "../_lib/writeOutput";

/** The filter options: option name, filter key, the values allowed. */
const FILTERS = [
  { option: "theme", key: "theme", values: ControlThemeSchema.options, what: "theme" },
  { option: "type", key: "controlTypes", values: ControlTypeSchema.options, what: "control type" },
  { option: "property", key: "securityProperties", values: SecurityPropertySchema.options, what: "security property" },
  { option: "concept", key: "cybersecurityConcepts", values: CybersecurityConceptSchema.options, what: "cybersecurity concept" },
  { option: "capability", key: "operationalCapabilities", values: OperationalCapabilitySchema.options, what: "operational capability" },
  { option: "domain", key: "securityDomains", values: SecurityDomainSchema.options, what: "security domain" },
] as const;

const filterOptions: CommandOption[] = FILTERS.map((f) => ({
  name: f.option,
  type: "string",
  multiple: true,
  valueName: `<${f.option}>`,
  description: `only controls with this ${f.what}: ${f.values.join(", ")}; several values, repeated or comma-separated, match any of them`,
}));

/** `isms-kit catalog`: the Annex A controls, filtered by theme and ISO/IEC 27002 attributes. */
export const catalog: Command = {
  name: "catalog",
  description:
    "Lists the 93 controls of ISO/IEC 27001:2022 Annex A with their official titles and ISO/IEC 27002:2022 attributes, in the standard's order. Filters combine with AND across options and OR within one option: --theme technological --type detective,corrective lists the technological controls that are detective or corrective. isms-kit ships ids, titles, attribute values and its own summaries, never the standard's text (see docs/faq.md).",
  arguments: [],
  options: [
    ...filterOptions,
    { name: "new", type: "boolean", description: "only the 11 controls that are new in the 2022 edition" },
    {
      name: "format",
      short: "f",
      type: "string",
      valueName: "<table|json>",
      choices: ["table", "json"],
      description: "table (default) or json (the full control records)",
    },
  ],
  exitCodes: [
    [EXIT.ok, "the controls were listed (possibly none)"],
    [EXIT.invalid, "an unknown theme or attribute value, or bad usage"],
  ],
  examples: [
    "isms-kit catalog --theme people",
    "isms-kit catalog --theme technological --type detective,corrective",
    "isms-kit catalog --new --format json",
  ],
  run({ options, out, data, style, width }) {
    const filter: Record<string, string[]> = {};
    for (const f of FILTERS) {
      const given = options[f.option];
      if (given === undefined) continue;
      const values = (Array.isArray(given) ? given : [given]).flatMap((v: unknown) => String(v).split(",")).map((v) => v.trim()).filter(Boolean);
      for (const value of values) {
        if (!(f.values as readonly string[]).includes(value)) {
          throw new CliError(`catalog: --${f.option} must be one of ${f.values.join(", ")}; found "${value}"`);
        }
      }
      filter[f.key] = values;
    }
    let controls = findControls(filter as FindControlsFilter);
    if (options["new"] === true) controls = controls.filter((c) => c.isNew);

    if (options["format"] === "json") {
      // Each control with the 2013 controls it corresponds to (ISO/IEC 27002:2022 Annex B), placed
      // where the catalog used to carry them.
      const withFrom2013 = controls.map((c) =>
        Object.fromEntries(Object.entries(c).flatMap(([key, value]) => (key === "isNew" ? [["from2013", mapTo2013(c.id)], [key, value]] : [[key, value]]))),
      );
      data(toJson(withFrom2013));
      return EXIT.ok;
    }
    out(
      renderTable(
        [
          { header: "Control" },
          { header: "Title", flex: true, min: 20, ideal: 40 },
          { header: "Theme", drop: 3 },
          { header: "Type", flex: true, min: 10, ideal: 21, drop: 2 },
          { header: "CIA", drop: 1 },
          { header: "New" },
        ],
        controls.map((c) => [
          { text: c.id, style: "bold" },
          c.title,
          c.theme,
          c.attributes.controlTypes.join(", "),
          c.attributes.securityProperties.map((p) => p[0]?.toUpperCase() ?? "").join(""),
          c.isNew ? { text: "new", style: "cyan" } : "",
        ]),
        { width, style },
      ),
    );
    out(style("dim", `${controls.length} of ${annexA.controls.length} controls. CIA: C confidentiality, I integrity, A availability.\n`));
    return EXIT.ok;
  },
};
