import { fromZodIssues } from "../../core/fromZodIssues";
import { FrameworkSchema, type Framework, type FrameworkRequirement } from "../../mappings/FrameworkSchema";
import { metadata } from "./_lib/metadata";
import { oscalIssue } from "./_lib/oscalIssue";
import { oscalUuid } from "./_lib/oscalUuid";
import { compact, kitProp, nonEmpty, oscalProp, props } from "./_lib/props";
import { requirementToken } from "./_lib/requirementToken";
import { oneLine, prose } from "./_lib/text";
import { readTimestamp } from "./_lib/timestamps";
import type { OscalCatalog, OscalControl, OscalGroup } from "./OscalCatalog";
import { OscalError, type OscalIssue, type OscalIssueCode } from "./OscalError";
import { optionIssues } from "./_lib/oscalArguments";

/**
 * Options for {@link frameworkToOscalCatalog}.
 *
 * @category Interop
 * @example
 * ```ts
 * const options: FrameworkToOscalCatalogOptions = { lastModified: "2026-11-28" };
 * ```
 */
export interface FrameworkToOscalCatalogOptions {
  /** `metadata.last-modified`: a date-time with a time zone, a day `YYYY-MM-DD` (its start in UTC) or a `Date`. Required: frameworks carry no date. */
  readonly lastModified: string | Date;
  /** `metadata.version`; defaults to the framework's `version`, else the day of `lastModified`. */
  readonly version?: string;
  /** `metadata.title`; defaults to the framework's `name`. */
  readonly title?: string;
}

/**
 * Writes a framework ({@link Framework}: NIS2, the GDPR, DORA, SOC 2, NIST CSF 2.0, ISO/IEC
 * 27001:2022 with its clauses, or one of one's own) as an OSCAL 1.2.1 catalog that validates against
 * NIST's official JSON Schema. Each top-level requirement that has requirements under it becomes a
 * group; every other requirement becomes a control, nested under its parent. A control's id is the
 * requirement's id as an OSCAL token (`Art.21(2)(a)` → `Art.21.2.a`, clause `4.1` →
 * `clause-4.1`, Annex point `1.1.1(a)` → `item-1.1.1.a`), with the requirement's own id as its
 * `label` prop and its kind as `class`; a description becomes the `statement` part; a reporting
 * duty becomes isms-kit props (`reporting-event`, `reporting-recipient`, `reporting-within`,
 * `reporting-after`). {@link frameworkMappingToOscalMapping} refers to these ids.
 *
 * The output is deterministic: the UUID is name-based (version 5) on the framework's id, version and
 * `lastModified`, and no clock is read.
 *
 * @param framework - the framework, e.g. `getFramework("nis2")` from `isms-kit/mappings`
 * @param options - `lastModified`, and optionally `version` and `title`
 * @returns the OSCAL document `{ catalog: { uuid, metadata, groups, controls } }`
 * @throws {@link OscalError} when the framework is invalid (every problem, with its path), when
 *   `lastModified` is missing or invalid, or when two requirements get the same OSCAL id
 * @category Interop
 * @example
 * ```ts
 * const { catalog } = frameworkToOscalCatalog(getFramework("nis2")!, { lastModified: "2026-11-28" });
 * catalog.groups?.map((group) => group.id).slice(0, 4)
 * //=> ["Art.20", "Art.21", "Art.23", "Annex"]
 * const early = catalog.groups?.[2]?.controls?.[2]?.controls?.[0];
 * [early?.id, early?.props?.map((p) => `${p.name}=${p.value}`)]
 * //=> ["Art.23.4.a", ["label=Art.23(4)(a)", "reporting-event=significant-incident", "reporting-recipient=CSIRT or competent authority", "reporting-within=PT24H", "reporting-after=awareness"]]
 * ```
 */
export function frameworkToOscalCatalog(framework: Framework, options: FrameworkToOscalCatalogOptions): OscalCatalog {
  const issues: OscalIssue[] = optionIssues(options, ["title", "version"]);
  const parsed = FrameworkSchema.safeParse(framework);
  if (!parsed.success) issues.push(...fromZodIssues<OscalIssueCode>(parsed.error.issues, { prefix: ["framework"] }));
  const given = (options ?? {}) as Partial<FrameworkToOscalCatalogOptions>;
  const lastModified = readTimestamp(given.lastModified, ["options", "lastModified"], issues);
  if (parsed.success) {
    const first = new Map<string, number>();
    framework.requirements.forEach((requirement, index) => {
      const token = requirementToken(requirement);
      const at = first.get(token);
      if (at === undefined) first.set(token, index);
      else issues.push(oscalIssue(["framework", "requirements", index, "id"], "duplicate_id", `requirement "${requirement.id}" gets the OSCAL id "${token}", as requirements[${at}] does`));
    });
  }
  if (issues.length > 0 || lastModified === undefined) throw new OscalError("Cannot write the OSCAL catalog of the framework", issues);

  const children = new Map<string, FrameworkRequirement[]>();
  for (const requirement of framework.requirements) {
    if (requirement.parentId === undefined) continue;
    const list = children.get(requirement.parentId) ?? children.set(requirement.parentId, []).get(requirement.parentId)!;
    list.push(requirement);
  }
  const control = (requirement: FrameworkRequirement): OscalControl => {
    const id = requirementToken(requirement);
    const statement = prose(requirement.description);
    const duty = requirement.reportingDuty;
    return compact<OscalControl>({
      id,
      class: requirement.kind === undefined ? undefined : requirementToken({ id: requirement.kind }),
      title: oneLine(requirement.title),
      props: props(
        oscalProp("label", requirement.id),
        duty === undefined
          ? undefined
          : [
              kitProp("reporting-event", duty.event),
              kitProp("reporting-recipient", duty.recipient),
              duty.within === undefined ? undefined : kitProp("reporting-within", duty.within),
              duty.after === undefined ? undefined : kitProp("reporting-after", duty.after),
            ],
      ),
      parts: statement === undefined ? undefined : [{ id: `${id}_smt`, name: "statement", prose: statement }],
      controls: nonEmpty((children.get(requirement.id) ?? []).map(control)),
    });
  };
  const top = framework.requirements.filter((r) => r.parentId === undefined);
  const groups = top
    .filter((r) => children.has(r.id))
    .map((requirement): OscalGroup =>
      compact<OscalGroup>({
        id: requirementToken(requirement),
        class: requirement.kind === undefined ? undefined : requirementToken({ id: requirement.kind }),
        title: oneLine(requirement.title),
        props: props(oscalProp("label", requirement.id)),
        parts: prose(requirement.description) === undefined ? undefined : [{ name: "overview", prose: prose(requirement.description)! }],
        controls: (children.get(requirement.id) ?? []).map(control),
      }),
    );
  const version = given.version ?? framework.version ?? lastModified.slice(0, 10);
  return {
    catalog: compact<OscalCatalog["catalog"]>({
      uuid: oscalUuid("framework-catalog", framework.id, version, lastModified),
      metadata: metadata({
        title: given.title ?? framework.name,
        lastModified,
        version,
        props: props(kitProp("framework-id", framework.id), framework.publisher === undefined ? undefined : kitProp("publisher", framework.publisher)),
        remarks:
          "Written by isms-kit from its framework data (catalog/SOURCES.md names the sources of each framework). Ids are the " +
          "framework's own and headings its official ones; other titles may be isms-kit's short names rather than the framework's text.",
      }),
      controls: nonEmpty(top.filter((r) => !children.has(r.id)).map(control)),
      groups: nonEmpty(groups),
    }),
  };
}
