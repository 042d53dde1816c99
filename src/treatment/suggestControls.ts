import { annexA } from "../catalog/annexA";
import type { Catalog, ControlOf } from "../catalog/CatalogSchema";
import type { AnnexACatalog } from "../catalog/AnnexACatalogSchema";
import { CybersecurityConceptSchema, type CybersecurityConcept, type OperationalCapability } from "../catalog/ControlAttributesSchema";
import type { Asset } from "../model/AssetSchema";
import type { Isms } from "../model/IsmsSchema";
import type { SecurityProperty } from "../core/primitives";
import type { Risk } from "../model/RiskSchema";
import { listNames } from "../core/collections";
import { argumentError, readInteger, readOptions, requireCollections } from "../core/arguments";
import { describeValue } from "../core/describeValue";
import { ArgumentError } from "../core/ArgumentError";
import { issue } from "../core/issue";
import type { ControlSuggestion } from "./ControlSuggestion";

/**
 * Options for {@link suggestControls}.
 *
 * @category Treatment
 * @example
 * ```ts
 * const options: SuggestControlsOptions = { limit: 5 };
 * ```
 */
export interface SuggestControlsOptions {
  /** At most this many suggestions; 10 when left out (`Infinity` for all). */
  readonly limit?: number;
  /** The catalog to rank; Annex A 2022 ({@link annexA}) when left out. Controls without attributes only match on theme. */
  readonly catalog?: Catalog;
}

/**
 * What {@link suggestControls} reads from a document: assets, threats, control decisions and risks. A whole {@link Isms} is one.
 *
 * @category Treatment
 * @example
 * ```ts
 * const input: SuggestInput = parseIsms({ schemaVersion: "1.0", organization: { name: "Acme" } });
 * input.threats
 * //=> []
 * ```
 */
export type SuggestInput = Pick<Isms, "assets" | "threats" | "controls" | "risks">;

/** What each asset type points to: the themes and operational capabilities of the controls that protect it. */
const assetTypeHints: Readonly<Record<Asset["type"], { readonly themes: readonly string[]; readonly capabilities: readonly OperationalCapability[] }>> = {
  information: { themes: [], capabilities: ["information_protection", "asset_management"] },
  software: { themes: ["technological"], capabilities: ["application_security", "secure_configuration", "threat_and_vulnerability_management"] },
  hardware: { themes: ["physical"], capabilities: ["physical_security", "asset_management"] },
  service: { themes: ["technological"], capabilities: ["supplier_relationships_security", "continuity"] },
  network: { themes: ["technological"], capabilities: ["system_and_network_security"] },
  people: { themes: ["people"], capabilities: ["human_resource_security"] },
  site: { themes: ["physical"], capabilities: ["physical_security"] },
  process: { themes: ["organizational"], capabilities: ["governance", "continuity"] },
  other: { themes: [], capabilities: [] },
};

const WEIGHT = { property: 1, theme: 2, capability: 1, concept: 2 } as const;
/** Operational capabilities count up to this many, so a control with many capabilities does not outrank a fitting one. */
const MAX_CAPABILITY_MATCHES = 2;
const properties: readonly SecurityProperty[] = ["confidentiality", "integrity", "availability"];
const annexAById = new Map(annexA.controls.map((control) => [control.id as string, control]));

/**
 * Suggests controls for a risk, ranked from the catalog's ISO/IEC 27002:2022 attributes, each with the
 * reasons it was suggested. It suggests; it never decides: selecting controls is the risk owner's
 * and the organisation's decision (6.1.3 b), and a suggestion is a prompt to consider a control, not
 * evidence that it is needed or sufficient.
 *
 * A control scores, per reason:
 * - 1 for each information security property it protects that the risk affects (the risk's
 *   `affectedProperties`, else those of its threats);
 * - 2 when its theme suits the risk's asset types (people → people; site, hardware → physical;
 *   software, service, network → technological; process → organizational);
 * - 1 for each operational capability that suits the asset types (software → application security,
 *   secure configuration, threat and vulnerability management; information → information
 *   protection, asset management; …) or the risk's suppliers (supplier relationships security),
 *   at most 2;
 * - 2 when it adds a cybersecurity concept (identify, protect, detect, respond, recover) that none
 *   of the risk's current controls covers, so a risk protected only by preventive controls is
 *   offered detect and respond controls. The organisation's own controls count with the concepts of the
 *   Annex A controls they relate to.
 *
 * Controls the risk already selects are skipped; ties keep catalog order, so the result is
 * deterministic.
 *
 * @param risk - a risk of `isms`, or its id
 * @param isms - the document from {@link parseIsms} (its assets, threats and control records are read)
 * @param options - `limit` (10) and `catalog` (Annex A)
 * @returns the suggestions, best first, at most `limit`
 * @throws {@link ArgumentError} when the risk id is not in the document, `limit` is not a whole number
 *   ≥ 1, or `risk` is neither a risk nor an id
 * @category Treatment
 * @example
 * ```ts
 * const isms = parseIsms({
 *   schemaVersion: "1.0", organization: { name: "Acme" },
 *   assets: [{ id: "a-office", name: "Head office", type: "site" }],
 *   risks: [{ id: "r-1", title: "Break-in at the office", assetIds: ["a-office"], affectedProperties: ["availability"], treatment: { option: "modify", controlIds: ["7.1"] } }],
 * });
 * suggestControls("r-1", isms, { limit: 3 }).map((s) => s.controlId)
 * //=> ["7.4", "7.11", "5.37"]
 * suggestControls("r-1", isms, { limit: 1 })[0]?.reasons
 * //=> ["protects availability, which the risk affects", "a physical control, suited to the risk's site assets", "operational capability physical security, suited to the risk's site assets", "adds detect, which none of the risk's current controls covers"]
 * ```
 */
export function suggestControls(risk: Risk | string, isms: SuggestInput, options?: SuggestControlsOptions): ControlSuggestion[] {
  const given = readOptions(options, "suggestControls");
  const limit = given.limit === undefined ? 10 : readInteger(given.limit, ["options", "limit"], "suggestControls", 1);
  requireCollections(isms, ["assets", "threats", "controls", "risks"], "suggestControls");
  const catalog: Catalog = given.catalog ?? (annexA as AnnexACatalog);
  if (catalog === null || typeof catalog !== "object" || !Array.isArray(catalog.controls)) {
    throw argumentError("suggestControls", ["options", "catalog"], "invalid_type", `expected a catalog with controls; found ${describeValue(catalog)}`);
  }
  const target = resolveRisk(risk, isms);
  const notLists = (["assetIds", "threatIds", "affectedProperties"] as const).filter((key) => !Array.isArray(target[key]));
  if (notLists.length > 0) {
    throw new ArgumentError(
      "Invalid arguments to suggestControls",
      notLists.map((key) => issue(["risk", key], "invalid_type", `expected a list (is this a risk from parseIsms?); found ${describeValue(target[key])}`)),
    );
  }

  // What the risk is about.
  const assetsById = new Map(isms.assets.map((asset) => [asset.id, asset]));
  const threatsById = new Map(isms.threats.map((threat) => [threat.id, threat]));
  const assets = target.assetIds.flatMap((id) => assetsById.get(id) ?? []);
  const affected = new Set<SecurityProperty>(
    target.affectedProperties.length > 0
      ? target.affectedProperties
      : target.threatIds.flatMap((id) => threatsById.get(id)?.affectedProperties ?? []),
  );
  const themeSources = new Map<string, string[]>();
  const capabilitySources = new Map<string, string[]>();
  const note = (map: Map<string, string[]>, key: string, source: string) => {
    const list = map.get(key) ?? [];
    if (!list.includes(source)) list.push(source);
    map.set(key, list);
  };
  for (const asset of assets) {
    const hints = assetTypeHints[asset.type];
    for (const theme of hints.themes) note(themeSources, theme, asset.type);
    for (const capability of hints.capabilities) note(capabilitySources, capability, asset.type);
  }
  const involvesSuppliers = (target.treatment?.supplierIds ?? []).length > 0 || assets.some((asset) => asset.supplierIds.length > 0);
  if (involvesSuppliers) note(capabilitySources, "supplier_relationships_security", "supplier");

  // Concepts the current controls cover; the organisation's own count through their Annex A relations.
  const selected = new Set(target.treatment?.controlIds ?? []);
  const recordsById = new Map(isms.controls.map((record) => [record.id, record]));
  const covered = new Set<string>();
  const conceptsOf = (id: string): readonly string[] =>
    annexAById.get(id)?.attributes.cybersecurityConcepts ??
    catalog.controls.find((control) => control.id === id)?.attributes?.cybersecurityConcepts ??
    (recordsById.get(id)?.custom?.relatedAnnexAIds ?? []).flatMap((related) => annexAById.get(related)?.attributes.cybersecurityConcepts ?? []);
  for (const id of selected) for (const concept of conceptsOf(id)) covered.add(concept);
  const missing = new Set<CybersecurityConcept>(CybersecurityConceptSchema.options.filter((concept) => !covered.has(concept)));
  const noControls = selected.size === 0;

  const scored = catalog.controls.flatMap((control: ControlOf<Catalog>, index) => {
    if (selected.has(control.id)) return [];
    const reasons: string[] = [];
    let score = 0;
    const attributes = control.attributes ?? {};

    const protects = properties.filter((p) => affected.has(p) && (attributes.securityProperties ?? []).includes(p));
    if (protects.length > 0) {
      score += WEIGHT.property * protects.length;
      reasons.push(`protects ${listNames(protects, false)}, which the risk affects`);
    }
    const themeFor = control.theme === undefined ? undefined : themeSources.get(control.theme);
    if (themeFor !== undefined) {
      score += WEIGHT.theme;
      reasons.push(`a${/^[aeiou]/.test(control.theme ?? "") ? "n" : ""} ${control.theme} control, suited to the risk's ${listNames(themeFor, false)} assets`);
    }
    let capabilities = 0;
    for (const capability of attributes.operationalCapabilities ?? []) {
      const sources = capabilitySources.get(capability);
      if (sources === undefined) continue;
      if (capabilities++ < MAX_CAPABILITY_MATCHES) score += WEIGHT.capability;
      const assetSources = sources.filter((s) => s !== "supplier");
      const why = [
        ...(assetSources.length > 0 ? [`the risk's ${listNames(assetSources, false)} assets`] : []),
        ...(sources.includes("supplier") ? ["the risk's suppliers"] : []),
      ];
      reasons.push(`operational capability ${capability.replace(/_/g, " ")}, suited to ${why.join(" and ")}`);
    }
    const adds = (attributes.cybersecurityConcepts ?? []).filter((concept) => missing.has(concept));
    if (adds.length > 0) {
      score += WEIGHT.concept;
      reasons.push(
        noControls
          ? `covers ${listNames(adds, false)}, and the risk has no controls yet`
          : `adds ${listNames(adds, false)}, which none of the risk's current controls covers`,
      );
    }
    if (score === 0) return [];
    const record = recordsById.get(control.id);
    const suggestion: ControlSuggestion = {
      controlId: control.id,
      title: control.title,
      theme: control.theme,
      score,
      reasons,
      applicable: record?.applicable ?? null,
    };
    return [{ suggestion, index }];
  });
  scored.sort((a, b) => b.suggestion.score - a.suggestion.score || a.index - b.index);
  return scored.slice(0, limit).map((entry) => entry.suggestion);
}

function resolveRisk(risk: Risk | string, isms: SuggestInput): Risk {
  if (typeof risk === "string") {
    const found = isms.risks.find((candidate) => candidate.id === risk);
    if (found === undefined) throw argumentError("suggestControls", ["risk"], "invalid_value", `the document has no risk with id ${JSON.stringify(risk)}`);
    return found;
  }
  if (risk === null || typeof risk !== "object" || typeof risk.id !== "string") {
    throw argumentError("suggestControls", ["risk"], "invalid_type", `expected a risk or a risk id; found ${describeValue(risk)}`);
  }
  return {
    ...risk,
    assetIds: risk.assetIds ?? [],
    threatIds: risk.threatIds ?? [],
    affectedProperties: risk.affectedProperties ?? [],
  };
}
