import { isAnnexAControlId } from "../../core/annexAControlIds";
import type { IsmsIssue, IsmsIssueCode } from "../IsmsValidationError";
import {
  DATE_ORDER_RULES,
  ENTITY_KINDS,
  REFERENCE_FIELDS,
  STATUS_DATE_RULES,
  type EntityKind,
  type ReferenceTarget,
} from "./ismsStructure";
import { compareMoments, isMoment } from "../../core/isoDateTime";
import { findDependencyCycles } from "./findDependencyCycles";
import { idSkeleton, quoteId } from "./idSkeleton";
import { didYouMeanHint } from "../../core/didYouMean";
import { formatJsonPath, toJsonPointer } from "../../core/jsonPointer";
import { walkPattern } from "../../core/walkPattern";

interface IndexedEntity {
  readonly kind: EntityKind;
  readonly path: (string | number)[];
}

/** The value at a slash-separated path inside an object, or undefined. */
function fieldAt(value: unknown, path: string): unknown {
  let current = value;
  for (const key of path.split("/")) {
    if (current === null || typeof current !== "object" || Array.isArray(current)) return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

function article(noun: string): string {
  return /^[aeiou]/.test(noun) ? `an ${noun}` : `a ${noun}`;
}

/** ` (did you mean "8.4"?)` for a control id written the 2013 way or with its `A.` prefix (`A.8.4`, `a.8.4`, `A 8.4`). */
function annexAHint(value: string): string {
  const bare = value.replace(/^\s*A\s*\.?\s*/i, "").trim();
  return bare !== value && isAnnexAControlId(bare) ? ` (did you mean "${bare}"?)` : "";
}

function describeTarget(target: ReferenceTarget): string {
  return target === "annexAControl" ? "Annex A control" : ENTITY_KINDS[target].noun;
}

/**
 * The checks a schema cannot make, run on the raw input so that they report alongside shape errors:
 * duplicate ids, references that do not resolve or resolve to the wrong kind, control records that
 * are neither an Annex A control nor a defined custom control, dates out of order, dates a status
 * requires, and assets whose dependencies form a cycle.
 * Safe on invalid input: places with the wrong type are skipped (the schema reports those).
 */
export function checkIsmsIntegrity(doc: unknown): IsmsIssue[] {
  const issues: IsmsIssue[] = [];
  const add = (path: (string | number)[], code: IsmsIssueCode, message: string) =>
    issues.push({ path, pointer: toJsonPointer(path), code, message });

  // 1. Index every entity by id; a second use of an id is an error at the later place.
  const index = new Map<string, IndexedEntity>();
  const idsByKind = new Map<EntityKind, string[]>();
  const idsOf = (kind: EntityKind): string[] => {
    let ids = idsByKind.get(kind);
    if (ids === undefined) idsByKind.set(kind, (ids = []));
    return ids;
  };
  for (const kind of Object.keys(ENTITY_KINDS) as EntityKind[]) {
    walkPattern(doc, ENTITY_KINDS[kind].pattern, (value, path) => {
      if (value === null || typeof value !== "object" || Array.isArray(value)) return;
      const id = (value as { id?: unknown }).id;
      if (typeof id !== "string" || id === "") return;
      if (kind !== "control" && isAnnexAControlId(id)) {
        add(
          [...path(), "id"],
          "reserved_id",
          `${quoteId(id)} is an Annex A control id; only control records may use it (give the ${ENTITY_KINDS[kind].noun} another id)`,
        );
        return;
      }
      const existing = index.get(id);
      if (existing) {
        add(
          [...path(), "id"],
          "duplicate_id",
          `duplicate id ${quoteId(id)}: already used by ${article(ENTITY_KINDS[existing.kind].noun)} at ${formatJsonPath(existing.path)}; ids must be unique in the whole document`,
        );
        return;
      }
      index.set(id, { kind, path: path() });
      idsOf(kind).push(id);
    });
  }

  // 2. Control records: an Annex A id, or an id of the organisation's own with a `custom` block.
  walkPattern(doc, ENTITY_KINDS.control.pattern, (value, path) => {
    if (value === null || typeof value !== "object" || Array.isArray(value)) return;
    const { id, custom } = value as { id?: unknown; custom?: unknown };
    if (typeof id !== "string" || id === "") return;
    if (custom === undefined && !isAnnexAControlId(id)) {
      add(
        [...path(), "id"],
        "unknown_control",
        `${quoteId(id)} is not an ISO/IEC 27001:2022 Annex A control id ("5.1" … "8.34")${annexAHint(id)}; an organisation's own control needs a \`custom\` block with its title`,
      );
    } else if (custom !== undefined && isAnnexAControlId(id)) {
      add(
        [...path(), "id"],
        "invalid_custom_control",
        `${quoteId(id)} is an Annex A control id; give the organisation's own control an id of its own (e.g. "ORG-1")`,
      );
    }
  });

  // A reference that does not resolve may name an id that only looks like it: say which.
  let skeletons: Map<string, string> | undefined;
  const lookAlike = (value: string): string => {
    if (skeletons === undefined) {
      skeletons = new Map();
      for (const id of index.keys()) if (!skeletons.has(idSkeleton(id))) skeletons.set(idSkeleton(id), id);
    }
    const twin = skeletons.get(idSkeleton(value));
    return twin === undefined ? "" : ` (did you mean ${quoteId(twin)}?)`;
  };

  // 3. References resolve to an entity of the right kind.
  for (const { pattern, target } of REFERENCE_FIELDS) {
    walkPattern(doc, pattern, (value, path) => {
      if (typeof value !== "string" || value === "") return;
      const found = index.get(value);
      if (target === "annexAControl") {
        if (!isAnnexAControlId(value)) {
          add(path(), "dangling_reference", `expected an ISO/IEC 27001:2022 Annex A control id ("5.1" … "8.34"); found ${quoteId(value)}${annexAHint(value)}`);
        }
        return;
      }
      if (found === undefined) {
        if (target === "control" && isAnnexAControlId(value)) return;
        const suggestion = annexAHint(value) || lookAlike(value) || didYouMeanHint(value, idsByKind.get(target) ?? [], quoteId);
        const hint =
          target === "control" && suggestion === ""
            ? ` (expected an Annex A control id such as "5.15" or the id of one of the organisation's own controls)`
            : suggestion;
        add(path(), "dangling_reference", `no ${describeTarget(target)} with id ${quoteId(value)}${hint}`);
      } else if (found.kind !== target) {
        add(
          path(),
          "wrong_reference_kind",
          `expected the id of ${article(describeTarget(target))}; ${quoteId(value)} is ${article(ENTITY_KINDS[found.kind].noun)} (${formatJsonPath(found.path)})`,
        );
      }
    });
  }

  // 4. Dates and instants in order: two instants on the time line, anything else by day.
  for (const { pattern, earlier, later } of DATE_ORDER_RULES) {
    walkPattern(doc, pattern, (value, path) => {
      if (value === null || typeof value !== "object" || Array.isArray(value)) return;
      const a = fieldAt(value, earlier);
      const b = fieldAt(value, later);
      if (!isMoment(a) || !isMoment(b)) return;
      if (compareMoments(b, a) < 0) add([...path(), ...later.split("/")], "date_order", `${later.replaceAll("/", ".")} (${b}) is before ${earlier.replaceAll("/", ".")} (${a})`);
    });
  }

  // 5. Dates a status requires: a completed audit was performed on some day.
  for (const { pattern, statuses, date, noun, what } of STATUS_DATE_RULES) {
    walkPattern(doc, pattern, (value, path) => {
      if (value === null || typeof value !== "object" || Array.isArray(value)) return;
      const record = value as Record<string, unknown>;
      if (statuses.includes(record["status"] as string) && record[date] === undefined) {
        add([...path(), date], "missing_date", `${noun} needs ${what} (${date})`);
      }
    });
  }

  // 6. Assets do not depend on themselves, directly or through others.
  for (const cycle of findDependencyCycles(doc)) {
    const ids = cycle.ids;
    const message =
      ids.length === 1
        ? `asset ${quoteId(ids[0]!)} depends on itself`
        : `assets ${ids.map(quoteId).join(", ")} depend on each other in a cycle (${[...cycle.path, cycle.path[0]!].join(" → ")}); an asset cannot depend on itself`;
    add(["assets", cycle.index, "dependsOnAssetIds"], "dependency_cycle", message);
  }
  return issues;
}
