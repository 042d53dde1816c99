import { annexA } from "../catalog/annexA";
import type { AnnexACatalog } from "../catalog/AnnexACatalogSchema";
import { argumentError, readOptions, readText, requireCollections } from "../core/arguments";
import { toCalendarDay } from "../core/calendar";
import { groupByEach, hasText, listNames, pushTo, sortUniqueInPlace } from "../core/collections";
import { isPlaceholderText, normaliseText } from "../core/placeholderText";
import { describeValue } from "../core/describeValue";
import type { ControlRecord, InclusionReason } from "../model/ControlSchema";
import type { IsmsDocument } from "../model/DocumentSchema";
import type { Isms } from "../model/IsmsSchema";
import { createControlSelector, INCLUSION_REASONS } from "./_lib/controlSelection";
import type { SoaProblem, SoaProblemCode, SoaRow } from "./SoaRow";
import type { SoaMetadata, SoaSummary, StatementOfApplicability } from "./StatementOfApplicability";

/**
 * Options for {@link buildStatementOfApplicability}. Metadata given here wins over the metadata read
 * from the document's Statement of Applicability entry in `documents`.
 *
 * @category Treatment
 * @example
 * ```ts
 * const options: BuildStatementOfApplicabilityOptions = { version: "2.3", date: "2026-11-28", approvedById: "p-ceo" };
 * ```
 */
export interface BuildStatementOfApplicabilityOptions {
  readonly title?: string;
  readonly version?: string;
  /** The day this version is issued: `YYYY-MM-DD` or a Date (its local calendar day). */
  readonly date?: string | Date;
  /** Who approved it: a people id (its name is looked up) or a name. */
  readonly approvedById?: string;
  readonly approvedOn?: string | Date;
  /**
   * The `documents` entry that is the Statement of Applicability; `null` to read no metadata from
   * the documents. When left out it is looked for (see {@link buildStatementOfApplicability}).
   */
  readonly documentId?: string | null;
  /** The Annex A catalog to take rows from, e.g. one with licensed control text; {@link annexA} when left out. */
  readonly catalog?: AnnexACatalog;
}

/**
 * What {@link buildStatementOfApplicability} reads from a document. A whole {@link Isms} from {@link parseIsms} is one.
 *
 * @category Treatment
 * @example
 * ```ts
 * const input: SoaInput = parseIsms({ schemaVersion: "1.0", organization: { name: "Acme" } });
 * input.controls
 * //=> []
 * ```
 */
export type SoaInput = Pick<Isms, "organization" | "controls" | "risks" | "interestedParties" | "evidence" | "documents" | "people">;

const PROBLEM_CODES: readonly SoaProblemCode[] = [
  "undecided",
  "missing-justification",
  "excluded-but-selected",
  "missing-implementation-status",
  "unknown-control",
];

/**
 * Builds the Statement of Applicability (ISO/IEC 27001:2022 6.1.3 d) of a document: one row per
 * Annex A control in catalog order — all 93, each exactly once, decided or not — then the
 * organisation's own controls in document order. Each row carries the decision (`applicable`:
 * true, false or null), the reasons for inclusion, the justification, the implementation status,
 * the owner, the open risks whose treatment selects the control, the requirements, documents and
 * evidence behind it, its dates, and the problems an auditor would raise.
 *
 * Reasons are the record's declared ones plus derived ones (listed again in `derivedReasons`):
 * `risk-treatment` when an open risk's treatment selects the control, and `legal`, `regulatory` or
 * `contractual` when a requirement of that type calls for it — a requirement the record lists, or
 * one that names the control and is addressed through the ISMS by a relevant interested party.
 * An inclusion needs a reason other than best practice, or a justification; a justification that is
 * a placeholder ("N/A", "-", "TBD" …) or boilerplate (the same text on ten or more controls of
 * different themes) counts as none.
 *
 * Metadata: each field comes from `options` when given, else from the Statement of Applicability in
 * `documents` — the entry `options.documentId` names; else the first one not retired whose title
 * mentions "Statement of Applicability" (or "SoA") or whose type is `statement-of-applicability`,
 * preferring one that serves clause 6.1.3; else
 * the only document not retired that serves clause 6.1.3. From it: `title`, `version`, `date`
 * (published, else approved, else last reviewed) and the approval. Nothing is read from the clock.
 *
 * Deterministic, and the input is not changed. Maps are built once, so a document with thousands
 * of risks and evidence records takes linear time.
 *
 * @param isms - a document from {@link parseIsms}
 * @param options - metadata (`title`, `version`, `date`, `approvedById`, `approvedOn`), `documentId`, `catalog`
 * @returns `{ metadata, rows, summary }`
 * @throws {@link ArgumentError} when a date option is not a date, `documentId` names no document, or
 *   `isms` is not a document
 * @category Treatment
 * @example
 * ```ts
 * const isms = parseIsms({
 *   schemaVersion: "1.0", organization: { name: "Acme" },
 *   risks: [{ id: "r-1", title: "Account takeover", treatment: { option: "modify", controlIds: ["8.5"] } }],
 *   controls: [
 *     { id: "8.5", applicable: true, implementationStatus: "implemented" },
 *     { id: "7.1", applicable: false, justification: "No premises of our own" },
 *   ],
 * });
 * const soa = buildStatementOfApplicability(isms, { version: "1.0", date: "2026-11-28" });
 * const row = soa.rows.find((r) => r.controlId === "8.5");
 * [row?.reasons, row?.derivedReasons, row?.riskIds];
 * //=> [["risk-treatment"], ["risk-treatment"], ["r-1"]]
 * [soa.summary.applicable, soa.summary.excluded, soa.summary.undecided];
 * //=> [1, 1, 91]
 * soa.rows[0]?.problems
 * //=> [{ code: "undecided", message: "5.1: no decision is recorded (add a control record with applicable true or false)" }]
 * ```
 */
export function buildStatementOfApplicability(isms: SoaInput, options?: BuildStatementOfApplicabilityOptions): StatementOfApplicability {
  const given = readOptions(options, "buildStatementOfApplicability");
  requireCollections(isms, ["controls", "risks", "interestedParties", "evidence", "documents", "people"], "buildStatementOfApplicability");
  const catalog = given.catalog ?? annexA;
  if (catalog === null || typeof catalog !== "object" || !Array.isArray(catalog.controls)) {
    throw argumentError("buildStatementOfApplicability", ["options", "catalog"], "invalid_type", `expected the Annex A catalog; found ${describeValue(catalog)}`);
  }

  // Indexes, each built once.
  const names = new Map(isms.people.map((person) => [person.id, person.name]));
  const records = new Map<string, { record: ControlRecord; index: number }>();
  isms.controls.forEach((record, index) => records.set(record.id, { record, index }));
  const selectionOf = createControlSelector(isms);
  const evidenceByControl = groupByEach(isms.evidence, (evidence) => evidence.controlIds, (evidence) => evidence.id);
  const documentsByControl = groupByEach(isms.documents, (document) => document.controlIds, (document) => document.id);
  const ownControlsByAnnexA = groupByEach(isms.controls, (record) => record.custom?.relatedAnnexAIds ?? [], (record) => record.id);

  // The ids a control record lists and those of the records naming the control, sorted, each once:
  // in a new array (`concat`), or in the grouping's own list when the record lists none — a list the
  // grouping made for this row alone (at the benchmark's L, thousands of evidence ids per control),
  // copied should a second row of the same id ask for it.
  const handedOut = new Set<string[]>();
  const linkedIds = (listed: readonly string[] | undefined, naming: string[] | undefined): string[] => {
    if (naming === undefined || handedOut.has(naming)) return sortUniqueInPlace([...(listed ?? []), ...(naming ?? [])]);
    handedOut.add(naming);
    return sortUniqueInPlace(listed === undefined || listed.length === 0 ? naming : listed.concat(naming));
  };

  const row = (
    controlId: string,
    title: string,
    theme: string | undefined,
    source: SoaRow["source"],
    found: { record: ControlRecord; index: number } | undefined,
    unknown = false,
  ): SoaRow => {
    const record = found?.record;
    const { riskIds, requirementIds, selectingRequirementIds, impliedReasons: derived } = selectionOf(controlId, record?.requirementIds ?? []);
    const declared = new Set<InclusionReason>(record?.reasons ?? []);
    const reasons = INCLUSION_REASONS.filter((reason) => declared.has(reason) || derived.has(reason));
    const derivedReasons = INCLUSION_REASONS.filter((reason) => derived.has(reason) && !declared.has(reason));
    const applicable = record?.applicable ?? null;
    const justification = record?.justification;

    const problems: SoaProblem[] = [];
    const add = (code: SoaProblemCode, message: string) => problems.push({ code, message: `${controlId}: ${message}` });
    if (unknown) {
      add("unknown-control", "the control record is neither a control of the catalog nor defined as the organisation's own (no `custom` block)");
    }
    // What selects the control, in words: written only for a problem that says it (an applicable
    // control, the usual row, does not; a control may be selected by thousands of risks).
    const selected = riskIds.length > 0 || selectingRequirementIds.length > 0;
    const selectedBy = () =>
      [
        ...(riskIds.length > 0 ? [`${riskIds.length === 1 ? "risk" : "risks"} ${listNames(riskIds)}`] : []),
        ...(selectingRequirementIds.length > 0 ? [`${selectingRequirementIds.length === 1 ? "requirement" : "requirements"} ${listNames(selectingRequirementIds)}`] : []),
      ].join(" and ");
    if (record === undefined) {
      add("undecided", `no decision is recorded (add a control record with applicable true or false)${selected ? `; selected by ${selectedBy()}` : ""}`);
    } else if (applicable === null) {
      add("undecided", `applicability is not decided yet${selected ? `; selected by ${selectedBy()}` : ""}`);
    } else if (applicable === false) {
      if (!hasText(justification)) add("missing-justification", "excluded without a justification");
      else if (isPlaceholderText(justification)) add("missing-justification", `excluded with ${JSON.stringify(justification.trim())}, a placeholder rather than a justification`);
      if (selected) add("excluded-but-selected", `excluded, but ${selectedBy()} ${riskIds.length + selectingRequirementIds.length === 1 ? "selects" : "select"} it`);
    } else {
      if (!reasons.some((reason) => reason !== "best-practice") && isPlaceholderText(justification)) {
        add(
          "missing-justification",
          reasons.length > 0
            ? "included only as best practice, with no justification of why the organisation needs it"
            : hasText(justification)
              ? `included with ${JSON.stringify(justification.trim())}, a placeholder rather than a justification`
              : "included without a reason or a justification",
        );
      }
      if (record.implementationStatus === undefined) add("missing-implementation-status", "applicable, but its implementation status is not recorded");
    }

    return {
      controlId,
      title,
      theme,
      source,
      pointer: found === undefined ? undefined : `/controls/${found.index}`,
      applicable,
      reasons,
      derivedReasons,
      justification,
      implementationStatus: record?.implementationStatus,
      ownerId: record?.ownerId,
      ownerName: record?.ownerId === undefined ? undefined : names.get(record.ownerId),
      riskIds: [...riskIds],
      requirementIds: [...requirementIds],
      selectingRequirementIds: [...selectingRequirementIds],
      documentIds: linkedIds(record?.documentIds, documentsByControl.get(controlId)),
      evidenceIds: linkedIds(record?.evidenceIds, evidenceByControl.get(controlId)),
      relatedControlIds: source === "custom" ? [...(record?.custom?.relatedAnnexAIds ?? [])] : [...(ownControlsByAnnexA.get(controlId) ?? [])],
      implementedOn: record?.implementedOn,
      plannedImplementationDate: record?.plannedImplementationDate,
      lastReviewedOn: record?.lastReviewedOn,
      problems,
    };
  };

  const inCatalog = new Set<string>();
  const rows: SoaRow[] = catalog.controls.map((control) => {
    inCatalog.add(control.id);
    return row(control.id, control.title, control.theme, "annex-a", records.get(control.id));
  });
  isms.controls.forEach((record, index) => {
    if (inCatalog.has(record.id)) return;
    const custom = record.custom;
    rows.push(row(record.id, custom?.title ?? record.id, custom?.theme, "custom", { record, index }, custom === undefined));
  });

  const flagged = withBoilerplateFlagged(rows);
  return {
    metadata: readMetadata(isms, given, catalog, names),
    rows: flagged,
    summary: summarize(flagged),
  };
}

/** A justification shared by this many decided controls, of more than one theme, is boilerplate. */
const BOILERPLATE_MIN_CONTROLS = 10;

/**
 * Flags boilerplate: a justification repeated word for word on {@link BOILERPLATE_MIN_CONTROLS} or
 * more decided controls of more than one theme says nothing about any of them. Each row whose only
 * support is that text — an exclusion, or an inclusion with no reason but best practice — gets a
 * `missing-justification` problem. Rows are copied only when they change.
 */
function withBoilerplateFlagged(rows: SoaRow[]): SoaRow[] {
  const byText = new Map<string, SoaRow[]>();
  for (const row of rows) {
    if (row.applicable === null || !hasText(row.justification) || isPlaceholderText(row.justification)) continue;
    pushTo(byText, normaliseText(row.justification), row);
  }
  const boilerplate = new Map<SoaRow, number>();
  for (const group of byText.values()) {
    if (group.length < BOILERPLATE_MIN_CONTROLS || new Set(group.map((row) => row.theme)).size < 2) continue;
    for (const row of group) boilerplate.set(row, group.length);
  }
  if (boilerplate.size === 0) return rows;
  return rows.map((row) => {
    const count = boilerplate.get(row);
    const alone = row.applicable === false || !row.reasons.some((reason) => reason !== "best-practice");
    if (count === undefined || !alone || row.problems.some((p) => p.code === "missing-justification")) return row;
    return {
      ...row,
      problems: [
        ...row.problems,
        {
          code: "missing-justification" as const,
          message: `${row.controlId}: ${row.applicable ? "included" : "excluded"} with a boilerplate justification — the same text is repeated word for word on ${count} controls of different themes`,
        },
      ],
    };
  });
}

function readMetadata(
  isms: SoaInput,
  given: Partial<BuildStatementOfApplicabilityOptions>,
  catalog: AnnexACatalog,
  names: ReadonlyMap<string, string>,
): SoaMetadata {
  const document = findSoaDocument(isms.documents, given.documentId);
  const text = (value: unknown, name: string): string | undefined => readText(value, ["options", name], "buildStatementOfApplicability");
  const day = (value: string | Date | undefined, name: string) => (value === undefined ? undefined : toCalendarDay(value, "buildStatementOfApplicability", ["options", name]));
  const approvedById = text(given.approvedById, "approvedById") ?? document?.approval?.approvedById;
  return {
    title: text(given.title, "title") ?? document?.title ?? "Statement of Applicability",
    organization: isms.organization?.name ?? "",
    version: text(given.version, "version") ?? document?.version,
    date: day(given.date, "date") ?? document?.publishedOn ?? document?.approval?.approvedOn ?? document?.lastReviewedOn,
    approvedById,
    approvedByName: approvedById === undefined ? undefined : names.get(approvedById),
    approvedOn: day(given.approvedOn, "approvedOn") ?? document?.approval?.approvedOn,
    documentId: document?.id,
    catalog: { id: catalog.id, name: catalog.name, version: catalog.version },
  };
}

/** The documents entry that is the Statement of Applicability (see buildStatementOfApplicability). */
function findSoaDocument(documents: readonly IsmsDocument[], documentId: string | null | undefined): IsmsDocument | undefined {
  if (documentId === null) return undefined;
  if (documentId !== undefined) {
    const named = documents.find((document) => document.id === documentId);
    if (named === undefined) {
      throw argumentError("buildStatementOfApplicability", ["options", "documentId"], "invalid_value", `${describeValue(documentId)} is not the id of one of the document's documents`);
    }
    return named;
  }
  const current = documents.filter((document) => document.status !== "retired");
  const servesClause = (document: IsmsDocument) => document.clauseIds.includes("6.1.3");
  const titled = current.filter(
    (document) => document.type === "statement-of-applicability" || /statement\s+of\s+applicability/i.test(document.title) || /\bSoA\b/.test(document.title),
  );
  if (titled.length > 0) return titled.find(servesClause) ?? titled[0];
  const serving = current.filter(servesClause);
  return serving.length === 1 ? serving[0] : undefined;
}

function summarize(rows: readonly SoaRow[]): SoaSummary {
  const problems = Object.fromEntries(PROBLEM_CODES.map((code) => [code, 0])) as Record<SoaProblemCode, number>;
  let applicable = 0;
  let excluded = 0;
  const status = { implemented: 0, "partially-implemented": 0, planned: 0, "not-implemented": 0, none: 0 };
  for (const row of rows) {
    if (row.applicable === true) {
      applicable++;
      status[row.implementationStatus ?? "none"]++;
    } else if (row.applicable === false) excluded++;
    for (const code of new Set(row.problems.map((problem) => problem.code))) problems[code]++;
  }
  const custom = rows.filter((row) => row.source === "custom").length;
  return {
    total: rows.length,
    annexA: rows.length - custom,
    custom,
    applicable,
    excluded,
    undecided: rows.length - applicable - excluded,
    implemented: status.implemented,
    partiallyImplemented: status["partially-implemented"],
    planned: status.planned,
    notImplemented: status["not-implemented"],
    withoutStatus: status.none,
    rowsWithProblems: rows.filter((row) => row.problems.length > 0).length,
    problems,
  };
}
