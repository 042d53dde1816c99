import type { SoaRow } from "../../treatment/SoaRow";
import type { StatementOfApplicability } from "../../treatment/StatementOfApplicability";
import { controlToken } from "./_lib/controlToken";
import { metadata } from "./_lib/metadata";
import { oscalUuid } from "./_lib/oscalUuid";
import { organizationParty, personParty } from "./_lib/parties";
import { compact, kitProp, props } from "./_lib/props";
import { nonBlank, oneLine, prose } from "./_lib/text";
import { readTimestamp, startOfDay } from "./_lib/timestamps";
import { ISMS_KIT_OSCAL_NS } from "./ISMS_KIT_OSCAL_NS";
import { OscalError, type OscalIssue } from "./OscalError";
import type { OscalParty } from "./OscalMetadata";
import type { OscalProfile } from "./OscalProfile";
import type { OscalPart } from "./OscalProperty";
import { readOscalOptions } from "./_lib/oscalArguments";
import { oscalIssue } from "./_lib/oscalIssue";
import { isStatementOfApplicability } from "../../treatment/isStatementOfApplicability";
import { describeValue } from "../../core/describeValue";

type Import = OscalProfile["profile"]["imports"][number];
type Alter = NonNullable<OscalProfile["profile"]["modify"]>["alters"][number];
type Add = Alter["adds"][number];

/**
 * Options for {@link toOscalProfile}.
 *
 * @category Interop
 * @example
 * ```ts
 * const options: ToOscalProfileOptions = { lastModified: "2026-06-30T09:00:00+02:00", catalogHref: "annex-a.oscal.json" };
 * ```
 */
export interface ToOscalProfileOptions {
  /**
   * `metadata.last-modified`: a date-time with a time zone, a day or a `Date`. Defaults to the start
   * (UTC) of the SoA's date; needed when the SoA has no date.
   */
  readonly lastModified?: string | Date;
  /** `metadata.version`; defaults to the SoA's version, else its date. */
  readonly version?: string;
  /** `metadata.title`; defaults to the SoA's title. */
  readonly title?: string;
  /**
   * Where the OSCAL catalog the profile selects from can be found (a URI reference, such as the file
   * {@link toOscalCatalog} was written to). The import always points to a back-matter resource
   * describing the catalog; this becomes that resource's link.
   */
  readonly catalogHref?: string;
}

/**
 * Writes a Statement of Applicability as an OSCAL 1.2.1 profile that validates against NIST's
 * official JSON Schema. The profile imports the catalog (a back-matter resource, linked to
 * `catalogHref` when given) and selects the applicable controls by their OSCAL ids (`A.5.1`, as
 * {@link toOscalCatalog} writes them); excluded controls are listed as `exclude-controls`. Each
 * applicable control gets, through `modify.alters`, props in the {@link ISMS_KIT_OSCAL_NS}
 * namespace — `implementation-status`, `inclusion-reason`, `owner-id`, `implemented-on`,
 * `planned-implementation-date`, `last-reviewed-on`, `risk-id`, `soa-problem` — and its
 * justification as a `justification` part. The metadata remarks list the excluded controls with
 * their justifications, the undecided ones, and the organization's own controls (which the
 * imported catalog does not hold).
 *
 * The output is deterministic: UUIDs are name-based (version 5) and `last-modified` comes from the
 * options or the SoA's date, never from the clock.
 *
 * @param soa - a Statement of Applicability from {@link index!buildStatementOfApplicability}
 * @param options - `lastModified`, `version`, `title`, `catalogHref`
 * @returns the OSCAL document `{ profile: { uuid, metadata, imports, merge, modify, back-matter } }`
 * @throws {@link OscalError} when `lastModified` is invalid, or missing while the SoA has no date
 * @category Interop
 * @example
 * ```ts
 * const isms = parseIsms({
 *   schemaVersion: "1.0",
 *   organization: { name: "Acme" },
 *   controls: [
 *     { id: "5.1", applicable: true, reasons: ["best-practice"], implementationStatus: "implemented", justification: "Policies are the base." },
 *     { id: "7.4", applicable: false, justification: "No premises of our own." },
 *   ],
 * });
 * const { profile } = toOscalProfile(buildStatementOfApplicability(isms, { date: "2026-06-30" }));
 * profile.imports[0]?.["exclude-controls"]
 * //=> [{ "with-ids": ["A.7.4"] }]
 * profile.modify?.alters[0]?.adds[0]?.props?.map((prop) => `${prop.name}=${prop.value}`)
 * //=> ["implementation-status=implemented", "inclusion-reason=best-practice"]
 * profile.metadata["last-modified"]
 * //=> "2026-06-30T00:00:00Z"
 * ```
 */
export function toOscalProfile(soa: StatementOfApplicability, options?: ToOscalProfileOptions): OscalProfile {
  const summary = "Cannot write the OSCAL profile";
  options = readOscalOptions(options, ["title", "version", "catalogHref"], summary);
  if (!isStatementOfApplicability(soa)) {
    throw new OscalError(summary, [oscalIssue(["soa"], "invalid_type", `expected a Statement of Applicability from buildStatementOfApplicability; found ${describeValue(soa)}`)]);
  }
  const issues: OscalIssue[] = [];
  const { metadata: soaMetadata } = soa;
  const lastModified =
    options.lastModified === undefined && soaMetadata.date !== undefined
      ? startOfDay(soaMetadata.date)
      : readTimestamp(options.lastModified, ["options", "lastModified"], issues);
  if (options.lastModified === undefined && soaMetadata.date === undefined) {
    issues.splice(0, issues.length, {
      path: ["options", "lastModified"],
      pointer: "/options/lastModified",
      code: "missing",
      message: "the Statement of Applicability has no date: give lastModified (a date-time with a time zone, a day YYYY-MM-DD or a Date)",
    });
  }
  if (issues.length > 0 || lastModified === undefined) throw new OscalError("Cannot write the OSCAL profile", issues);

  const organization = soaMetadata.organization;
  const catalogRows = soa.rows.filter((row) => row.source === "annex-a");
  const applicable = catalogRows.filter((row) => row.applicable === true);
  const excluded = catalogRows.filter((row) => row.applicable === false);
  const undecided = catalogRows.filter((row) => row.applicable === null);
  const own = soa.rows.filter((row) => row.source === "custom");

  const catalogResource = oscalUuid("resource", "catalog", soaMetadata.catalog.id, soaMetadata.catalog.version ?? "");
  // With nothing applicable the profile still has to be valid: everything is included, then excluded.
  const excludedIds = (applicable.length > 0 ? excluded : catalogRows).map((row) => controlToken(row.controlId));
  const importEntry = compact<Import>({
    href: `#${catalogResource}`,
    "include-all": applicable.length === 0 ? {} : undefined,
    "include-controls": applicable.length > 0 ? [{ "with-ids": applicable.map((row) => controlToken(row.controlId)) }] : undefined,
    "exclude-controls": excludedIds.length > 0 ? [{ "with-ids": excludedIds }] : undefined,
  });

  const alters = applicable.map((row) => {
    const justification = prose(row.justification);
    const parts: OscalPart[] | undefined =
      justification === undefined ? undefined : [{ name: "justification", ns: ISMS_KIT_OSCAL_NS, prose: justification }];
    return {
      "control-id": controlToken(row.controlId),
      adds: [compact<Add>({ position: "ending", props: rowProps(row), parts })],
    } satisfies Alter;
  });

  const approver: OscalParty | undefined =
    soaMetadata.approvedById !== undefined && soaMetadata.approvedByName !== undefined
      ? personParty({ id: soaMetadata.approvedById, name: soaMetadata.approvedByName }, organization)
      : undefined;
  // A blank title or version in the data is none: only the options' own values can be wrong.
  const version = options.version ?? nonBlank(soaMetadata.version) ?? soaMetadata.date ?? lastModified.slice(0, 10);
  return {
    profile: compact<OscalProfile["profile"]>({
      uuid: oscalUuid("profile", organization, soaMetadata.catalog.id, version, lastModified),
      metadata: metadata({
        title: options.title ?? nonBlank(soaMetadata.title) ?? "Statement of Applicability",
        lastModified,
        version,
        props: props(
          kitProp("document-type", "statement-of-applicability"),
          soaMetadata.date === undefined ? undefined : kitProp("issued-on", soaMetadata.date),
          soaMetadata.approvedOn === undefined ? undefined : kitProp("approved-on", soaMetadata.approvedOn),
          soaMetadata.approvedById === undefined ? undefined : kitProp("approved-by", soaMetadata.approvedByName ?? soaMetadata.approvedById),
          soaMetadata.documentId === undefined ? undefined : kitProp("document-id", soaMetadata.documentId),
          kitProp("catalog-id", soaMetadata.catalog.id),
        ),
        roles: approver === undefined ? [] : [{ id: "approver", title: "Approver of the Statement of Applicability" }],
        parties: approver === undefined ? [organizationParty(organization)] : [organizationParty(organization), approver],
        responsibleParties: approver === undefined ? [] : [{ "role-id": "approver", "party-uuids": [approver.uuid] }],
        remarks: remarks(soa, excluded, undecided, own),
      }),
      imports: [importEntry],
      merge: { "as-is": true },
      modify: alters.length > 0 ? { alters } : undefined,
      "back-matter": {
        resources: [
          compact<OscalProfile["profile"]["back-matter"]["resources"][number]>({
            uuid: catalogResource,
            title: oneLine(soaMetadata.catalog.name),
            description: "The OSCAL catalog this profile selects from, as isms-kit's toOscalCatalog writes it (control ids such as A.5.1).",
            props: props(
              kitProp("catalog-id", soaMetadata.catalog.id),
              soaMetadata.catalog.version === undefined ? undefined : kitProp("catalog-version", soaMetadata.catalog.version),
            ),
            rlinks: options.catalogHref === undefined ? undefined : [{ href: options.catalogHref, "media-type": "application/json" }],
          }),
        ],
      },
    }),
  };
}

function rowProps(row: SoaRow) {
  return props(
    kitProp("implementation-status", row.implementationStatus ?? "not-recorded"),
    row.reasons.map((reason) => kitProp("inclusion-reason", reason, row.derivedReasons.includes(reason) ? "derived" : undefined)),
    row.ownerId === undefined ? undefined : kitProp("owner-id", row.ownerId),
    row.implementedOn === undefined ? undefined : kitProp("implemented-on", row.implementedOn),
    row.plannedImplementationDate === undefined ? undefined : kitProp("planned-implementation-date", row.plannedImplementationDate),
    row.lastReviewedOn === undefined ? undefined : kitProp("last-reviewed-on", row.lastReviewedOn),
    row.riskIds.map((id) => kitProp("risk-id", id)),
    row.problems.map((problem) => kitProp("soa-problem", problem.code)),
  );
}

function remarks(soa: StatementOfApplicability, excluded: readonly SoaRow[], undecided: readonly SoaRow[], own: readonly SoaRow[]): string {
  const { metadata: m, summary } = soa;
  const line = (row: SoaRow) => `${controlToken(row.controlId)} ${oneLine(row.title)}`;
  const sections = [
    `Statement of Applicability of ${oneLine(m.organization)}${m.version === undefined ? "" : `, version ${m.version}`}${m.date === undefined ? "" : ` of ${m.date}`}: ` +
      `${summary.applicable} controls applicable, ${summary.excluded} excluded, ${summary.undecided} undecided; ` +
      `${summary.implemented} implemented, ${summary.partiallyImplemented} partially implemented, ${summary.planned} planned, ${summary.notImplemented} not implemented.`,
  ];
  if (excluded.length > 0) {
    sections.push(
      ["Excluded controls and the justification for their exclusion:", "", ...excluded.map((row) => `- ${line(row)}: ${oneLine(row.justification ?? "") || "no justification recorded"}`)].join("\n"),
    );
  }
  if (undecided.length > 0) sections.push(["Controls without a decision:", "", ...undecided.map((row) => `- ${line(row)}`)].join("\n"));
  if (own.length > 0) {
    const status = (row: SoaRow) =>
      row.applicable === true ? `applicable, ${row.implementationStatus ?? "no implementation status"}` : row.applicable === false ? "excluded" : "undecided";
    sections.push(
      [
        "The organization's own controls (not in the imported catalog):",
        "",
        ...own.map((row) => `- ${oneLine(row.controlId)} ${oneLine(row.title)} (${status(row)})${row.relatedControlIds.length > 0 ? `, related to ${row.relatedControlIds.join(", ")}` : ""}`),
      ].join("\n"),
    );
  }
  return sections.join("\n\n");
}
