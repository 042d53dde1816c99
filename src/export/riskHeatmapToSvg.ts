import { indexOf } from "../method/riskMatrixIndex";
import { defaultLevelColor, isCssColor, num, textColorOn, textWidth, wrapText } from "./_lib/svg";
import { escapeXml } from "./_lib/xml";
import type { RiskHeatmapCell } from "../risk/RiskHeatmapCell";
import type { RiskMatrix } from "../method/RiskMatrix";
import type { RiskAcceptanceCriteria } from "../method/RiskMethodSchema";
import { RiskMethodError, type RiskMethodIssue } from "../method/RiskMethodError";
import { describeValue, listValues } from "../core/describeValue";
import { issue } from "../core/issue";
import { ArgumentError, type ArgumentIssue } from "../core/ArgumentError";
import { readOptions } from "../core/arguments";

/**
 * The part of a risk register that {@link riskHeatmapToSvg} reads: the heat map cells of the
 * inherent and residual ratings, and the risk method in force, whose acceptance criteria the legend
 * states (a register from {@link assessRisks} has both).
 *
 * @category Risk
 * @example
 * ```ts
 * const register: RiskHeatmapRegister = {
 *   summary: { heatmap: { inherent: [], residual: [] } },
 *   method: { acceptance: { maxLevel: "medium" } },
 * };
 * ```
 */
export interface RiskHeatmapRegister {
  /**
   * The method in force: its `acceptance` (the document's risk acceptance criteria) is the line the
   * legend draws, even when it differs from the matrix's own. Without `method`, the matrix's
   * acceptance criteria are used.
   */
  readonly method?: { readonly acceptance?: Readonly<RiskAcceptanceCriteria> | undefined } | undefined;
  readonly summary: {
    readonly heatmap: {
      readonly inherent: readonly RiskHeatmapCell[];
      readonly residual: readonly RiskHeatmapCell[];
    };
  };
}

/**
 * Options of {@link riskHeatmapToSvg}.
 *
 * @category Risk
 * @example
 * ```ts
 * const options: RiskHeatmapToSvgOptions = { rating: "inherent", title: "Inherent risk, Q1 2026", cellSize: 72 };
 * ```
 */
export interface RiskHeatmapToSvgOptions {
  /** Which ratings to draw; default `"residual"`. */
  readonly rating?: "inherent" | "residual";
  /** Title, shown at the top and as the SVG's accessible name. Default: "Residual risk heat map". */
  readonly title?: string;
  /** Accessible description (`<desc>`). Default: a summary of the levels and of every non-empty cell. */
  readonly description?: string;
  /** Side of a cell in px, 32 to 240; default 64. Columns widen to fit long impact labels. */
  readonly cellSize?: number;
  /** Prefix of the ids inside the SVG (keep them unique when a page shows several maps). */
  readonly idPrefix?: string;
}

const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";
const PAD = 16;
const LABEL_FONT = 12;
const LINE = 14;

/**
 * Draws a risk heat map as a self-contained, accessible SVG: likelihood on the vertical axis (highest
 * at the top), impact on the horizontal axis, each cell in its level's colour (the level's `color`,
 * or a green-to-red default) with the number of risks in it, and a legend with the count per level.
 *
 * The SVG has `role="img"`, a `<title>` and a `<desc>` referenced by `aria-labelledby`, a tooltip per
 * cell listing its risks, and the level name in each cell so colour is not the only cue. All text is
 * XML-escaped. The output depends only on the arguments, so it can be committed and diffed.
 *
 * The legend's acceptance line ("Acceptable up to Medium") comes from the register's method — the
 * document's own risk acceptance criteria — and from the matrix only when the register carries no
 * method.
 *
 * @category Risk
 * @param register - Anything with `summary.heatmap.{inherent,residual}` cells, such as a risk register.
 * @param matrix - The matrix the cells were rated on.
 * @param options - Which rating to draw, title, description, cell size.
 * @returns The SVG document as a string.
 * @throws {RiskMethodError} When a cell's likelihood or impact is not on the matrix's scales, its level
 *   is not the level the matrix gives, its count is not a whole number ≥ 0, or the acceptance criteria
 *   name a level the matrix does not have.
 * @throws {ArgumentError} When an option is invalid.
 * @example
 * ```ts
 * const register = {
 *   summary: {
 *     heatmap: {
 *       inherent: [],
 *       residual: [{ likelihood: "likely", impact: "major", level: "high", count: 2, riskIds: ["r-1", "r-2"] }],
 *     },
 *   },
 * };
 * const svg = riskHeatmapToSvg(register, riskMatrixPresets["3x3"]);
 * svg.startsWith("<svg")
 * //=> true
 * svg.includes('role="img"')
 * //=> true
 * ```
 */
export function riskHeatmapToSvg(
  register: RiskHeatmapRegister,
  matrix: RiskMatrix,
  options?: RiskHeatmapToSvgOptions,
): string {
  const given = readOptions(options, "riskHeatmapToSvg");
  const index = indexOf(matrix);
  const rating = given.rating ?? "residual";
  const cellSize = given.cellSize ?? 64;
  checkOptions(given, rating, cellSize);

  const nL = matrix.likelihood.length;
  const nI = matrix.impact.length;
  const counts = matrix.likelihood.map(() => matrix.impact.map(() => 0));
  const ids = matrix.likelihood.map(() => matrix.impact.map((): string[] => []));
  const levelCounts = matrix.levels.map(() => 0);
  readCells(register, rating, matrix, index, counts, ids, levelCounts);
  const total = levelCounts.reduce((a, b) => a + b, 0);

  // A level's own colour when it is a CSS colour; the default palette otherwise.
  const color = (levelIndex: number): string => {
    const own = matrix.levels[levelIndex]?.color;
    return own !== undefined && isCssColor(own) ? own.trim() : defaultLevelColor(levelIndex, matrix.levels.length);
  };
  const levelLabel = (levelIndex: number): string => matrix.levels[levelIndex]?.label ?? "";
  const ratingName = rating === "residual" ? "Residual" : "Inherent";
  const title = given.title ?? `${ratingName} risk heat map`;
  const prefix = given.idPrefix ?? `heatmap-${matrix.id.toLowerCase().replace(/[^a-z0-9_-]+/g, "-")}-${rating}`;

  // Horizontal layout.
  const axisTitleW = 22;
  const likelihoodLabelW = Math.min(
    150,
    Math.max(48, ...matrix.likelihood.map((e) => Math.min(150, textWidth(e.label, LABEL_FONT)))),
  );
  const gridX = PAD + axisTitleW + likelihoodLabelW + 10;
  const longestWord = Math.max(
    0,
    ...matrix.impact.flatMap((e) => e.label.split(/\s+/).map((w) => textWidth(w, LABEL_FONT))),
  );
  const colW = Math.min(240, Math.max(cellSize, Math.ceil(longestWord) + 12));
  const likelihoodLines = matrix.likelihood.map((e) => wrapText(e.label, likelihoodLabelW, LABEL_FONT, 3));
  const rowH = Math.max(cellSize, Math.max(...likelihoodLines.map((lines) => lines.length)) * LINE + 10);
  const gridW = colW * nI;
  const gridH = rowH * nL;

  const legendX = gridX + gridW + 28;
  const legendEntries = matrix.levels.map((level, i) => `${level.label} (${levelCounts[i] ?? 0})`).reverse();
  const acceptance = acceptanceOf(register, matrix, index);
  const acceptanceText =
    acceptance === undefined ? undefined : `Acceptable up to ${matrix.levels[index.levels.get(acceptance.maxLevel) ?? 0]?.label ?? acceptance.maxLevel}`;
  const legendTextW = Math.max(
    textWidth("Risk level", LABEL_FONT, true),
    ...legendEntries.map((t) => textWidth(t, LABEL_FONT) + 22),
    acceptanceText === undefined ? 0 : Math.min(180, textWidth(acceptanceText, 11)),
  );
  const subtitle = `${matrix.name ?? matrix.id} · ${total} ${total === 1 ? "risk" : "risks"}`;
  const width = Math.ceil(Math.max(legendX + legendTextW + PAD, Math.min(640, textWidth(subtitle, 12)) + 2 * PAD));

  // Vertical layout.
  const titleLines = wrapText(title, width - 2 * PAD, 16, 3, true);
  const gridY = PAD + titleLines.length * 20 + 22 + 8;
  const impactLines = matrix.impact.map((e) => wrapText(e.label, colW - 8, LABEL_FONT, 3));
  const impactLabelH = Math.max(...impactLines.map((lines) => lines.length)) * LINE + 8;
  const impactAxisY = gridY + gridH + impactLabelH + 18;
  const acceptanceLines = acceptanceText === undefined ? [] : wrapText(acceptanceText, 180, 11, 3);
  const legendBottom = gridY + 20 + legendEntries.length * 22 + acceptanceLines.length * 14 + 10;
  const height = Math.ceil(Math.max(impactAxisY + PAD, legendBottom + PAD));

  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="${prefix}-title ${prefix}-desc" font-family="${escapeXml(FONT)}">`,
  );
  out.push(`<title id="${prefix}-title">${escapeXml(title)}</title>`);
  out.push(
    `<desc id="${prefix}-desc">${escapeXml(given.description ?? defaultDescription(matrix, ratingName, counts, levelCounts, total))}</desc>`,
  );
  out.push(`<rect width="${width}" height="${height}" fill="#ffffff"/>`);

  // Title and subtitle.
  titleLines.forEach((line, k) => {
    out.push(`<text x="${PAD}" y="${PAD + 15 + k * 20}" font-size="16" font-weight="700" fill="#1b1b1b">${escapeXml(line)}</text>`);
  });
  out.push(`<text x="${PAD}" y="${PAD + titleLines.length * 20 + 12}" font-size="12" fill="#555555">${escapeXml(subtitle)}</text>`);

  // Cells: highest likelihood at the top.
  const countFont = Math.round(Math.max(13, Math.min(24, Math.min(colW, rowH) * 0.34)));
  const showLevel = Math.min(colW, rowH) >= 48;
  out.push(`<g stroke="#ffffff" stroke-width="2">`);
  for (let l = nL - 1; l >= 0; l--) {
    for (let i = 0; i < nI; i++) {
      const levelIndex = matrix.grid[l]?.[i] ?? 0;
      const x = gridX + i * colW;
      const y = gridY + (nL - 1 - l) * rowH;
      const count = counts[l]?.[i] ?? 0;
      const fill = color(levelIndex);
      const ink = textColorOn(fill);
      const riskIds = ids[l]?.[i] ?? [];
      const tip = `${matrix.likelihood[l]?.label ?? ""} likelihood × ${matrix.impact[i]?.label ?? ""} impact: ${levelLabel(levelIndex)}; ${count} ${count === 1 ? "risk" : "risks"}${riskIds.length > 0 ? ` (${riskIds.join(", ")})` : ""}`;
      out.push(`<g>`);
      out.push(`<title>${escapeXml(tip)}</title>`);
      out.push(`<rect x="${num(x)}" y="${num(y)}" width="${num(colW)}" height="${num(rowH)}" fill="${escapeXml(fill)}"/>`);
      const cx = x + colW / 2;
      const cy = showLevel ? y + rowH / 2 + countFont * 0.2 : y + rowH / 2 + countFont * 0.35;
      out.push(
        `<text x="${num(cx)}" y="${num(cy)}" text-anchor="middle" font-size="${countFont}" font-weight="700" fill="${ink}" stroke="none"${count === 0 ? ' fill-opacity="0.45"' : ""}>${count}</text>`,
      );
      if (showLevel) {
        const label = wrapText(levelLabel(levelIndex), colW - 6, 9, 1)[0] ?? "";
        out.push(
          `<text x="${num(cx)}" y="${num(y + rowH - 7)}" text-anchor="middle" font-size="9" fill="${ink}" fill-opacity="0.8" stroke="none">${escapeXml(label)}</text>`,
        );
      }
      out.push(`</g>`);
    }
  }
  out.push(`</g>`);

  // Likelihood labels (right-aligned, centred on their row) and axis title.
  likelihoodLines.forEach((lines, l) => {
    const cy = gridY + (nL - 1 - l) * rowH + rowH / 2;
    const top = cy - ((lines.length - 1) * LINE) / 2 + 4;
    out.push(
      `<text x="${num(gridX - 8)}" y="${num(top)}" text-anchor="end" font-size="${LABEL_FONT}" fill="#1b1b1b">${tspans(lines, gridX - 8)}</text>`,
    );
  });
  const likelihoodAxisX = PAD + 14;
  const likelihoodAxisY = gridY + gridH / 2;
  out.push(
    `<text x="${num(likelihoodAxisX)}" y="${num(likelihoodAxisY)}" transform="rotate(-90 ${num(likelihoodAxisX)} ${num(likelihoodAxisY)})" text-anchor="middle" font-size="13" font-weight="700" fill="#1b1b1b">Likelihood →</text>`,
  );

  // Impact labels (centred under their column) and axis title.
  impactLines.forEach((lines, i) => {
    const cx = gridX + i * colW + colW / 2;
    out.push(
      `<text x="${num(cx)}" y="${num(gridY + gridH + 18)}" text-anchor="middle" font-size="${LABEL_FONT}" fill="#1b1b1b">${tspans(lines, cx)}</text>`,
    );
  });
  out.push(
    `<text x="${num(gridX + gridW / 2)}" y="${num(impactAxisY)}" text-anchor="middle" font-size="13" font-weight="700" fill="#1b1b1b">Impact →</text>`,
  );

  // Legend: highest level first.
  out.push(`<text x="${num(legendX)}" y="${num(gridY + 10)}" font-size="${LABEL_FONT}" font-weight="700" fill="#1b1b1b">Risk level</text>`);
  legendEntries.forEach((text, k) => {
    const levelIndex = matrix.levels.length - 1 - k;
    const y = gridY + 22 + k * 22;
    out.push(
      `<rect x="${num(legendX)}" y="${num(y)}" width="14" height="14" rx="2" fill="${escapeXml(color(levelIndex))}" stroke="#999999" stroke-width="0.5"/>`,
    );
    out.push(`<text x="${num(legendX + 22)}" y="${num(y + 11)}" font-size="${LABEL_FONT}" fill="#1b1b1b">${escapeXml(text)}</text>`);
  });
  if (acceptanceLines.length > 0) {
    const y = gridY + 22 + legendEntries.length * 22 + 12;
    out.push(`<text x="${num(legendX)}" y="${num(y)}" font-size="11" fill="#555555">${tspans(acceptanceLines, legendX)}</text>`);
  }
  out.push(`</svg>`);
  return `${out.join("\n")}\n`;
}

function tspans(lines: readonly string[], x: number): string {
  return lines.map((line, k) => `<tspan x="${num(x)}" dy="${k === 0 ? 0 : LINE}">${escapeXml(line)}</tspan>`).join("");
}

/** The acceptance criteria in force: the register's method's (the document's), else the matrix's own. */
function acceptanceOf(register: RiskHeatmapRegister, matrix: RiskMatrix, index: ReturnType<typeof indexOf>): Readonly<RiskAcceptanceCriteria> | undefined {
  const method: unknown = (register as { method?: unknown } | null)?.method;
  if (method === undefined) return matrix.acceptance;
  const acceptance: unknown = method !== null && typeof method === "object" ? (method as { acceptance?: unknown }).acceptance : method;
  if (acceptance === undefined) return undefined;
  const maxLevel = acceptance !== null && typeof acceptance === "object" ? (acceptance as { maxLevel?: unknown }).maxLevel : undefined;
  if (typeof maxLevel !== "string" || !index.levels.has(maxLevel)) {
    throw new RiskMethodError(`Cannot draw the risk heat map on risk matrix ${JSON.stringify(matrix.id)}`, [
      issue(["register", "method", "acceptance", "maxLevel"], "unknown_level", `${describeValue(maxLevel)} is not a level of the matrix (expected one of ${listValues([...index.levels.keys()])})`),
    ]);
  }
  return acceptance as Readonly<RiskAcceptanceCriteria>;
}

function checkOptions(options: Partial<RiskHeatmapToSvgOptions>, rating: unknown, cellSize: unknown): void {
  const issues: ArgumentIssue[] = [];
  if (rating !== "inherent" && rating !== "residual") {
    issues.push(issue(["options", "rating"], "invalid_value", `expected "inherent" or "residual"; found ${describeValue(rating)}`));
  }
  if (typeof cellSize !== "number" || !Number.isFinite(cellSize) || cellSize < 32 || cellSize > 240) {
    issues.push(issue(["options", "cellSize"], typeof cellSize === "number" ? "invalid_value" : "invalid_type", `expected a number of px from 32 to 240; found ${describeValue(cellSize)}`));
  }
  const idPrefix: unknown = options.idPrefix;
  if (idPrefix !== undefined && (typeof idPrefix !== "string" || !/^[A-Za-z_][\w.-]*$/.test(idPrefix))) {
    issues.push(issue(["options", "idPrefix"], typeof idPrefix === "string" ? "invalid_format" : "invalid_type", `expected an XML name (a letter or _ then letters, digits, _ . -); found ${describeValue(idPrefix)}`));
  }
  for (const key of ["title", "description"] as const) {
    const value: unknown = options[key];
    if (value !== undefined && typeof value !== "string") {
      issues.push(issue(["options", key], "invalid_type", `expected a string; found ${describeValue(value)}`));
    }
  }
  if (issues.length > 0) throw new ArgumentError("Invalid arguments to riskHeatmapToSvg", issues);
}

function readCells(
  register: RiskHeatmapRegister,
  rating: "inherent" | "residual",
  matrix: RiskMatrix,
  index: ReturnType<typeof indexOf>,
  counts: number[][],
  ids: string[][][],
  levelCounts: number[],
): void {
  const path = ["register", "summary", "heatmap", rating];
  const cells: unknown = (register as { summary?: { heatmap?: Record<string, unknown> } } | undefined)?.summary?.heatmap?.[rating];
  const summary = `Cannot draw the ${rating} risk heat map on risk matrix ${JSON.stringify(matrix.id)}`;
  if (register === null || typeof register !== "object") {
    throw new RiskMethodError(summary, [issue(["register"], "invalid_type", `expected a risk register from assessRisks; found ${describeValue(register)}`)]);
  }
  if (!Array.isArray(cells)) {
    throw new RiskMethodError(summary, [issue(path, "invalid_type", `expected an array of heat map cells; found ${describeValue(cells)}`)]);
  }
  const issues: RiskMethodIssue[] = [];
  cells.forEach((raw: unknown, k) => {
    const at = (...rest: (string | number)[]) => [...path, k, ...rest];
    if (raw === null || typeof raw !== "object") {
      issues.push(issue(at(), "invalid_type", `expected a heat map cell object; found ${describeValue(raw)}`));
      return;
    }
    const cell = raw as Partial<Record<keyof RiskHeatmapCell, unknown>>;
    const l = typeof cell.likelihood === "string" ? index.likelihood.get(cell.likelihood) : undefined;
    const i = typeof cell.impact === "string" ? index.impact.get(cell.impact) : undefined;
    if (l === undefined) {
      issues.push(
        issue(at("likelihood"), "unknown_id", `${describeValue(cell.likelihood)} is not on the likelihood scale (expected one of ${listValues([...index.likelihood.keys()])})`),
      );
    }
    if (i === undefined) {
      issues.push(
        issue(at("impact"), "unknown_id", `${describeValue(cell.impact)} is not on the impact scale (expected one of ${listValues([...index.impact.keys()])})`),
      );
    }
    const count = cell.count;
    const countOk = typeof count === "number" && Number.isInteger(count) && count >= 0;
    if (!countOk) {
      issues.push(issue(at("count"), "invalid_count", `expected a whole number ≥ 0; found ${describeValue(count)}`));
    }
    const riskIds = cell.riskIds;
    const idsOk = Array.isArray(riskIds) && riskIds.every((id) => typeof id === "string");
    if (!idsOk) {
      issues.push(issue(at("riskIds"), "invalid_type", `expected an array of risk ids (strings); found ${describeValue(riskIds)}`));
    }
    if (l === undefined || i === undefined || !countOk || !idsOk) return;
    const levelIndex = matrix.grid[l]?.[i] ?? 0;
    const expected = matrix.levels[levelIndex]?.id;
    if (cell.level !== expected) {
      issues.push(
        issue(at("level"), "level_mismatch", `${describeValue(cell.level)} is not the level the matrix gives ${describeValue(cell.likelihood)} × ${describeValue(cell.impact)} (expected ${describeValue(expected)})`),
      );
      return;
    }
    const row = counts[l];
    if (row !== undefined) row[i] = (row[i] ?? 0) + (count as number);
    ids[l]?.[i]?.push(...(riskIds as string[]));
    levelCounts[levelIndex] = (levelCounts[levelIndex] ?? 0) + (count as number);
  });
  if (issues.length > 0) throw new RiskMethodError(summary, issues);
}

function defaultDescription(
  matrix: RiskMatrix,
  ratingName: string,
  counts: readonly (readonly number[])[],
  levelCounts: readonly number[],
  total: number,
): string {
  const head = `${ratingName} risks on the risk matrix ${matrix.name ?? matrix.id}, by likelihood (vertical axis, highest at the top) and impact (horizontal axis).`;
  if (total === 0) return `${head} No risks.`;
  const byLevel = matrix.levels
    .map((level, i) => ({ label: level.label, count: levelCounts[i] ?? 0 }))
    .reverse()
    .filter((entry) => entry.count > 0)
    .map((entry) => `${entry.label}: ${entry.count}`)
    .join(", ");
  const cells: string[] = [];
  for (let l = matrix.likelihood.length - 1; l >= 0; l--) {
    for (let i = matrix.impact.length - 1; i >= 0; i--) {
      const count = counts[l]?.[i] ?? 0;
      if (count === 0) continue;
      const level = matrix.levels[matrix.grid[l]?.[i] ?? 0]?.label ?? "";
      cells.push(`${matrix.likelihood[l]?.label ?? ""} likelihood, ${matrix.impact[i]?.label ?? ""} impact: ${count} (${level})`);
    }
  }
  return `${head} ${total} ${total === 1 ? "risk" : "risks"} in total. By level: ${byLevel}. ${cells.join("; ")}.`;
}
