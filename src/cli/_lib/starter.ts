import { annexAControlIds, ISMS_SCHEMA_VERSION, riskMatrixPresets, type IsmsInput } from "isms-kit";
import { annexA } from "isms-kit/catalog";

/** What `isms-kit init` writes: the document, and the YAML comments that say what to fill in. */
export interface Starter {
  readonly document: IsmsInput;
  readonly comments: Readonly<Record<string, string>>;
}

/** The fields that get a file of their own in a new ISMS, in the order a team fills them in. */
export const STARTER_FILES = ["people", "risks", "controls"] as const;

/**
 * A minimal valid ISMS to start from: the organisation, the risk method chosen (a preset, with
 * acceptance criteria at its lowest level), every Annex A control present and undecided, and empty
 * lists of people and risks — with comments that say what to fill in and show an example of each.
 */
export function starterIsms(organization: string, preset: string): Starter {
  const matrix = riskMatrixPresets[preset as keyof typeof riskMatrixPresets];
  const lowest = matrix.levels[0]!.id;
  const titles = new Map(annexA.controls.map((c) => [c.id, c.title]));
  const document: IsmsInput = {
    $schema: "https://unpkg.com/isms-kit/dist/schema.json",
    schemaVersion: ISMS_SCHEMA_VERSION,
    organization: { name: organization },
    riskMethod: { preset, acceptance: { maxLevel: lowest } },
    people: [],
    risks: [],
    controls: annexAControlIds.map((id) => ({ id, applicable: null })),
  };
  const scale = (entries: readonly { id: string }[]) => entries.map((e) => e.id).join(", ");
  const comments: Record<string, string> = {
    "": [
      `The ISMS of ${organization}, as isms-kit data (ISO/IEC 27001:2022).`,
      "This file holds the organisation, its scope and context, and the risk method; each list has a file",
      "of its own in isms/ (people, risks, controls; add others such as isms/documents.yaml as you go).",
      "After each change run `npx isms-kit check .`: it lists what an auditor would raise, and the next steps.",
      "Every field is described in the JSON Schema below, which editors use for completion.",
    ].join("\n"),
    "/organization": "Your organisation as it will appear on the certificate (legalName, industry, employees, locations …).",
    "/riskMethod": [
      `The risk method: the ${preset} preset rates likelihood (${scale(matrix.likelihood)})`,
      `and impact (${scale(matrix.impact)}) into levels ${scale(matrix.levels)}.`,
      `Risks at or below "${lowest}" meet the acceptance criteria; raise maxLevel if your management accepts more.`,
      "Add `criteria:` (how you assess risks, in your words) and `assessmentIntervalMonths: 12`.",
      "",
      "Next, add your scope (clause 4.3) and context (4.1, 4.2) above this, for example:",
      "scope:",
      "  statement: The development and operation of our SaaS platform, from the offices in Berlin.",
      "context:",
      "  issues:",
      "    - id: ci-growth",
      "      kind: internal",
      "      description: Fast growth of the engineering team",
    ].join("\n"),
    "/people": [
      "The people of the ISMS: top management, risk owners, control owners. Replace [] with entries, for example:",
      "- id: p-ceo",
      "  name: Jane Doe",
      "  jobTitle: Chief Executive Officer",
      "  topManagement: true",
      "- id: p-ciso",
      "  name: Sam Lee",
      "  jobTitle: Information Security Manager",
    ].join("\n"),
    "/risks": [
      "The risk register (clause 6.1.2): each risk with its owner and its ratings on the risk method's scales.",
      "Replace [] with entries, for example:",
      "- id: r-laptop-theft",
      "  title: Theft of an unencrypted laptop",
      "  ownerId: p-ciso",
      "  affectedProperties: [confidentiality]",
      `  inherent: { likelihood: ${matrix.likelihood[Math.min(2, matrix.likelihood.length - 1)]!.id}, impact: ${matrix.impact[Math.min(2, matrix.impact.length - 1)]!.id} }`,
      "  treatment:",
      "    option: modify",
      '    controlIds: ["8.1"]',
    ].join("\n"),
    "/controls": [
      "The Statement of Applicability (clause 6.1.3 d): every Annex A control, each still undecided (applicable: null).",
      "Decide each one: `applicable: true` with `reasons: [risk-treatment]` and an implementationStatus,",
      "or `applicable: false` with a `justification:` for leaving it out. Keep control ids in quotes: \"5.10\".",
      "Run `npx isms-kit suggest . <risk id>` for the controls that suit a risk.",
    ].join("\n"),
  };
  annexAControlIds.forEach((id, i) => {
    const title = `${id} ${titles.get(id) ?? ""}`.trim();
    comments[`/controls/${i}`] = title;
  });
  return { document, comments };
}
