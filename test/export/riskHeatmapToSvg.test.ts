import { describe, expect, it } from "vitest";
import {
  assessRisks,
  parseIsms,
  defineRiskMatrix,
  RiskMethodError,
  riskHeatmapToSvg,
  riskMatrixPresets,
  scoreRisk,
  type RiskHeatmapCell,
  type RiskHeatmapRegister,
  type ArgumentIssue,
  type RiskHeatmapToSvgOptions,
  type RiskMatrix,
} from "../../src/index";
import { argumentErrorOf } from "./_helpers/argumentErrorOf";
import { deepFreeze } from "../risk/_helpers/deepFreeze";
import { findAll, parseXml, textOf, type XmlElement } from "./_helpers/parseXml";
import { xmlErrors } from "./_helpers/xmlErrors";
import { HOSTILE_ID, HOSTILE_TEXT, hostileIsms } from "../fixtures/hostileIsms";

const m5 = riskMatrixPresets["5x5"];

function cell(matrix: RiskMatrix, likelihood: string, impact: string, riskIds: string[]): RiskHeatmapCell {
  return { likelihood, impact, level: scoreRisk(matrix, { likelihood, impact }).level, count: riskIds.length, riskIds };
}

const register = (residual: RiskHeatmapCell[], inherent: RiskHeatmapCell[] = []): RiskHeatmapRegister => ({
  summary: { heatmap: { inherent, residual } },
});

const sample = register(
  [cell(m5, "likely", "major", ["r-1", "r-2"]), cell(m5, "rare", "minor", ["r-3"]), cell(m5, "possible", "major", ["r-4", "r-5", "r-6"])],
  [cell(m5, "almost-certain", "severe", ["r-1", "r-2", "r-3", "r-4", "r-5", "r-6"])],
);

/** The cell groups: <g> elements that hold a <rect> and a <title>. */
function cellGroups(svg: XmlElement): XmlElement[] {
  return findAll(svg, "g").filter((g) => g.children.some((c) => typeof c !== "string" && c.name === "rect") && g.children.some((c) => typeof c !== "string" && c.name === "title"));
}

describe("riskHeatmapToSvg", () => {
  it("is well-formed XML with an SVG root, role img, title and desc referenced by aria-labelledby", () => {
    const svg = parseXml(riskHeatmapToSvg(sample, m5));
    expect(svg.name).toBe("svg");
    expect(svg.attributes.xmlns).toBe("http://www.w3.org/2000/svg");
    expect(svg.attributes.role).toBe("img");
    expect(svg.attributes.viewBox).toBe(`0 0 ${svg.attributes.width} ${svg.attributes.height}`);
    const [titleId, descId] = svg.attributes["aria-labelledby"]!.split(" ");
    const first = svg.children.filter((c): c is XmlElement => typeof c !== "string");
    expect(first[0]).toMatchObject({ name: "title", attributes: { id: titleId } });
    expect(first[1]).toMatchObject({ name: "desc", attributes: { id: descId } });
    expect(textOf(first[0]!)).toBe("Residual risk heat map");
  });

  it("draws one cell per grid cell, coloured by level, with the count and the level name", () => {
    const svg = parseXml(riskHeatmapToSvg(sample, m5));
    const groups = cellGroups(svg);
    expect(groups).toHaveLength(25);
    const byTip = new Map(groups.map((g) => [textOf(findAll(g, "title")[0]!), g]));
    const likelyMajor = byTip.get("Likely likelihood × Major impact: Critical; 2 risks (r-1, r-2)");
    expect(likelyMajor).toBeDefined();
    expect(findAll(likelyMajor!, "rect")[0]?.attributes.fill).toBe(m5.levels[3]!.color);
    expect(findAll(likelyMajor!, "text").map(textOf)).toEqual(["2", "Critical"]);
    const empty = byTip.get("Rare likelihood × Insignificant impact: Low; 0 risks");
    expect(findAll(empty!, "text").map(textOf)).toEqual(["0", "Low"]);
    const counts = groups.map((g) => Number(textOf(findAll(g, "text")[0]!)));
    expect(counts.reduce((a, b) => a + b, 0)).toBe(6);
  });

  it("puts the highest likelihood at the top and the highest impact at the right", () => {
    const svg = parseXml(riskHeatmapToSvg(sample, m5));
    const groups = cellGroups(svg);
    const position = (tipStart: string) => {
      const g = groups.find((x) => textOf(findAll(x, "title")[0]!).startsWith(tipStart))!;
      const rect = findAll(g, "rect")[0]!;
      return { x: Number(rect.attributes.x), y: Number(rect.attributes.y) };
    };
    const bottomLeft = position("Rare likelihood × Insignificant impact");
    const topRight = position("Almost certain likelihood × Severe impact");
    expect(topRight.y).toBeLessThan(bottomLeft.y);
    expect(topRight.x).toBeGreaterThan(bottomLeft.x);
    const labels = findAll(svg, "text").map(textOf);
    expect(labels).toEqual(expect.arrayContaining(["Likelihood →", "Impact →", "Almost certain", "Insignificant", "Risk level"]));
  });

  it("has a legend with every level, highest first, with the count per level, and the acceptance criteria", () => {
    const texts = findAll(parseXml(riskHeatmapToSvg(sample, m5)), "text").map(textOf);
    const legend = texts.slice(texts.indexOf("Risk level") + 1);
    expect(legend).toEqual(["Critical (2)", "High (3)", "Medium (0)", "Low (1)", "Acceptable up to Low"]);
  });

  it("states the acceptance criteria of the document's method, not the preset's, when the register carries its method", () => {
    const isms = parseIsms({
      schemaVersion: "1.0",
      organization: { name: "Acme" },
      riskMethod: { preset: "5x5", acceptance: { maxLevel: "medium" } },
      risks: [{ id: "r-1", title: "Ransomware", inherent: { likelihood: "likely", impact: "major" } }],
    });
    const register = assessRisks(isms, { asOf: "2026-11-28" });
    expect(m5.acceptance?.maxLevel).toBe("low");
    const legend = (svg: string) => findAll(parseXml(svg), "text").map(textOf).at(-1);
    expect(legend(riskHeatmapToSvg(register, register.method.matrix))).toBe("Acceptable up to Medium");
    // Without a method (cells alone), the matrix's own criteria apply; a method without criteria draws no line.
    expect(legend(riskHeatmapToSvg({ summary: register.summary }, m5))).toBe("Acceptable up to Low");
    expect(legend(riskHeatmapToSvg({ ...register, method: { acceptance: undefined } }, m5))).toBe("Low (0)");
    const error = (() => {
      try {
        riskHeatmapToSvg({ ...register, method: { acceptance: { maxLevel: "tolerable" } } }, m5);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(RiskMethodError);
    expect((error as RiskMethodError).issues.map((i) => [i.pointer, i.code])).toEqual([["/register/method/acceptance/maxLevel", "unknown_level"]]);
  });

  it("draws the inherent ratings when asked", () => {
    const svg = parseXml(riskHeatmapToSvg(sample, m5, { rating: "inherent" }));
    expect(textOf(findAll(svg, "title")[0]!)).toBe("Inherent risk heat map");
    expect(textOf(findAll(svg, "desc")[0]!)).toContain("Almost certain likelihood, Severe impact: 6 (Critical)");
    expect(svg.attributes["aria-labelledby"]).toBe("heatmap-5x5-inherent-title heatmap-5x5-inherent-desc");
  });

  it("describes the map in <desc>, or uses the description given", () => {
    const desc = textOf(findAll(parseXml(riskHeatmapToSvg(sample, m5)), "desc")[0]!);
    expect(desc).toBe(
      "Residual risks on the risk matrix 5×5 qualitative matrix, by likelihood (vertical axis, highest at the top) and impact (horizontal axis). 6 risks in total. By level: Critical: 2, High: 3, Low: 1. Likely likelihood, Major impact: 2 (Critical); Possible likelihood, Major impact: 3 (High); Rare likelihood, Minor impact: 1 (Low).",
    );
    expect(textOf(findAll(parseXml(riskHeatmapToSvg(register([]), m5)), "desc")[0]!)).toMatch(/No risks\.$/);
    expect(textOf(findAll(parseXml(riskHeatmapToSvg(sample, m5, { description: "Custom" })), "desc")[0]!)).toBe("Custom");
  });

  it("escapes <, &, \" and ' in every label, title and description", () => {
    const nasty = defineRiskMatrix({
      id: 'x<&"y',
      name: "Tom & Jerry's <matrix>",
      likelihood: [{ id: "l<", label: 'Low "<&>"' }, { id: "h&", label: "High & 'mighty'" }],
      impact: [{ id: 'i"', label: "<b>minor</b>" }, { id: "j", label: "A&B" }],
      levels: [{ id: "lo", label: "Lo & behold", color: 'red"/><script>' }, { id: "hi", label: "<hi>" }],
      grid: [[0, 0], [0, 1]],
      acceptance: { maxLevel: "lo" },
    });
    const xml = riskHeatmapToSvg(register([{ likelihood: "h&", impact: "j", level: "hi", count: 1, riskIds: ['r<1>&"'] }]), nasty, {
      title: 'Title <with> & "quotes"',
    });
    expect(xml).not.toContain("<script>");
    expect(xml).not.toContain("<b>");
    const svg = parseXml(xml);
    const texts = findAll(svg, "text").map(textOf);
    expect(texts).toEqual(expect.arrayContaining(['Title <with> & "quotes"', 'Low "<&>"', "High & 'mighty'", "<b>minor</b>", "A&B", "<hi> (1)"]));
    expect(textOf(findAll(svg, "title")[0]!)).toBe('Title <with> & "quotes"');
    const tips = findAll(svg, "title").map(textOf);
    expect(tips).toContain(`High & 'mighty' likelihood × A&B impact: <hi>; 1 risk (r<1>&")`);
    // Not a colour: the level is drawn in the default palette's colour instead.
    expect(findAll(svg, "rect").some((r) => r.attributes.fill === 'red"/><script>')).toBe(false);
    expect(svg.attributes["aria-labelledby"]).toBe("heatmap-x-y-residual-title heatmap-x-y-residual-desc");
  });

  it("uses a default green-to-red palette for levels without a colour", () => {
    const plain = defineRiskMatrix({
      id: "plain",
      likelihood: [{ id: "l", label: "L" }],
      impact: [{ id: "a", label: "A" }, { id: "b", label: "B" }, { id: "c", label: "C" }],
      levels: [{ id: "x", label: "X" }, { id: "y", label: "Y" }, { id: "z", label: "Z" }],
      grid: [[0, 1, 2]],
    });
    const rects = cellGroups(parseXml(riskHeatmapToSvg(register([]), plain))).map((g) => findAll(g, "rect")[0]!.attributes.fill);
    expect(rects).toEqual(["#1a9850", "#fee08b", "#d73027"]);
  });

  it("sums cells given more than once and widens columns for long impact labels", () => {
    const twice = register([cell(m5, "likely", "major", ["r-1"]), cell(m5, "likely", "major", ["r-2"])]);
    const groups = cellGroups(parseXml(riskHeatmapToSvg(twice, m5, { cellSize: 32 })));
    const g = groups.find((x) => textOf(findAll(x, "title")[0]!).startsWith("Likely likelihood × Major"))!;
    expect(textOf(findAll(g, "text")[0]!)).toBe("2");
    const rect = findAll(g, "rect")[0]!;
    expect(Number(rect.attributes.width)).toBeGreaterThan(32); // "Insignificant" does not fit in 32 px
    expect(Number(rect.attributes.height)).toBe(32);
  });

  it("is deterministic and does not mutate its input (deep-frozen input)", () => {
    const frozen = deepFreeze(structuredClone(sample));
    const frozenMatrix = deepFreeze(JSON.parse(JSON.stringify(m5)) as RiskMatrix);
    const a = riskHeatmapToSvg(frozen, frozenMatrix, { title: "T" });
    const b = riskHeatmapToSvg(structuredClone(sample), m5, { title: "T" });
    expect(a).toBe(b);
    expect(frozen).toEqual(sample);
  });

  it("reports cells that do not fit the matrix, with their path", () => {
    const bad = {
      summary: {
        heatmap: {
          inherent: [],
          residual: [
            { likelihood: "sometimes", impact: "major", level: "high", count: 1, riskIds: ["r-1"] },
            { likelihood: "likely", impact: "major", level: "high", count: 1, riskIds: ["r-2"] },
            { likelihood: "likely", impact: "minor", level: "high", count: -1, riskIds: "r-3" },
            5,
          ],
        },
      },
    } as unknown as RiskHeatmapRegister;
    try {
      riskHeatmapToSvg(bad, m5);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(RiskMethodError);
      const likelihoods = 'expected one of "rare", "unlikely", "possible", "likely", "almost-certain"';
      expect((error as RiskMethodError).summary).toBe('Cannot draw the residual risk heat map on risk matrix "5x5"');
      expect((error as RiskMethodError).issues.map((i) => [i.pointer, i.code, i.message])).toEqual([
        ["/register/summary/heatmap/residual/0/likelihood", "unknown_id", `"sometimes" is not on the likelihood scale (${likelihoods})`],
        ["/register/summary/heatmap/residual/1/level", "level_mismatch", '"high" is not the level the matrix gives "likely" × "major" (expected "critical")'],
        ["/register/summary/heatmap/residual/2/count", "invalid_count", "expected a whole number ≥ 0; found -1"],
        ["/register/summary/heatmap/residual/2/riskIds", "invalid_type", 'expected an array of risk ids (strings); found "r-3"'],
        ["/register/summary/heatmap/residual/3", "invalid_type", "expected a heat map cell object; found 5"],
      ]);
      expect((error as RiskMethodError).message).toBe(
        'Cannot draw the residual risk heat map on risk matrix "5x5": 5 problems\n' +
          `  register.summary.heatmap.residual[0].likelihood: "sometimes" is not on the likelihood scale (${likelihoods})\n` +
          '  register.summary.heatmap.residual[1].level: "high" is not the level the matrix gives "likely" × "major" (expected "critical")\n' +
          "  register.summary.heatmap.residual[2].count: expected a whole number ≥ 0; found -1\n" +
          '  register.summary.heatmap.residual[2].riskIds: expected an array of risk ids (strings); found "r-3"\n' +
          "  register.summary.heatmap.residual[3]: expected a heat map cell object; found 5",
      );
    }
    expect(() => riskHeatmapToSvg({ summary: { heatmap: {} } } as unknown as RiskHeatmapRegister, m5, { rating: "inherent" })).toThrow(
      new RiskMethodError('Cannot draw the inherent risk heat map on risk matrix "5x5"', [
        {
          path: ["register", "summary", "heatmap", "inherent"],
          pointer: "/register/summary/heatmap/inherent",
          code: "invalid_type",
          message: "expected an array of heat map cells; found nothing",
        },
      ]),
    );
  });

  it("reports invalid options", () => {
    const invalidOption = (key: string, code: ArgumentIssue["code"], message: string) => argumentErrorOf("riskHeatmapToSvg", `/options/${key}`, code, message);
    expect(() => riskHeatmapToSvg(sample, m5, { cellSize: 10 })).toThrow(invalidOption("cellSize", "invalid_value", "expected a number of px from 32 to 240; found 10"));
    expect(() => riskHeatmapToSvg(sample, m5, { cellSize: 10 })).toThrow(
      "Invalid arguments to riskHeatmapToSvg: 1 problem\n  options.cellSize: expected a number of px from 32 to 240; found 10",
    );
    expect(() => riskHeatmapToSvg(sample, m5, { cellSize: "64" as unknown as number })).toThrow(
      invalidOption("cellSize", "invalid_type", 'expected a number of px from 32 to 240; found "64"'),
    );
    expect(() => riskHeatmapToSvg(sample, m5, { rating: "target" as "residual" })).toThrow(
      invalidOption("rating", "invalid_value", 'expected "inherent" or "residual"; found "target"'),
    );
    expect(() => riskHeatmapToSvg(sample, m5, { idPrefix: "1 bad" })).toThrow(
      invalidOption("idPrefix", "invalid_format", 'expected an XML name (a letter or _ then letters, digits, _ . -); found "1 bad"'),
    );
    expect(() => riskHeatmapToSvg(sample, m5, { title: 3 as unknown as string })).toThrow(invalidOption("title", "invalid_type", "expected a string; found 3"));
    expect(() => riskHeatmapToSvg(sample, m5, { description: null as unknown as string })).toThrow(
      invalidOption("description", "invalid_type", "expected a string; found null"),
    );
    expect(() => riskHeatmapToSvg(sample, m5, { rating: "x" as "residual", cellSize: 10, idPrefix: "", title: 1 as unknown as string })).toThrow(
      "Invalid arguments to riskHeatmapToSvg: 4 problems\n" +
        '  options.rating: expected "inherent" or "residual"; found "x"\n' +
        "  options.cellSize: expected a number of px from 32 to 240; found 10\n" +
        '  options.idPrefix: expected an XML name (a letter or _ then letters, digits, _ . -); found ""\n' +
        "  options.title: expected a string; found 1",
    );
    for (const [bad, found] of [
      [null, "null"],
      ["inherent", '"inherent"'],
    ] as const) {
      expect(() => riskHeatmapToSvg(sample, m5, bad as unknown as RiskHeatmapToSvgOptions)).toThrow(
        argumentErrorOf("riskHeatmapToSvg", "/options", "invalid_type", `expected an options object; found ${found}`),
      );
    }
    expect(riskHeatmapToSvg(sample, m5, { idPrefix: "map1" })).toContain('aria-labelledby="map1-title map1-desc"');
  });

  it.each(Object.keys(riskMatrixPresets) as (keyof typeof riskMatrixPresets)[])("renders preset %s as well-formed XML", (name) => {
    const matrix = riskMatrixPresets[name];
    const all = matrix.likelihood.flatMap((l, a) => matrix.impact.map((i, b) => cell(matrix, l.id, i.id, Array.from({ length: (a + b) % 3 }, (_, k) => `r-${a}-${b}-${k}`))));
    const svg = parseXml(riskHeatmapToSvg(register(all), matrix));
    expect(cellGroups(svg)).toHaveLength(matrix.likelihood.length * matrix.impact.length);
  });
});

describe("riskHeatmapToSvg on hostile text", () => {
  it("is well-formed XML whatever the labels, ids, title and description hold, control characters included", () => {
    const isms = parseIsms(hostileIsms());
    const register = assessRisks(isms, { asOf: "2026-11-28" });
    for (const rating of ["inherent", "residual"] as const) {
      const svg = riskHeatmapToSvg(register, register.method.matrix, { rating, title: `T ${HOSTILE_TEXT.join(" ")} \u0001\u001f\ufffe` });
      expect(xmlErrors(svg)).toEqual([]);
      expect(svg).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/);
      const root = parseXml(svg);
      // A colour that is not one is not written into an attribute: the level falls back to the palette.
      expect(findAll(root, "rect").map((r) => r.attributes["fill"]).filter((fill) => fill?.includes("alert"))).toEqual([]);
      expect(textOf(root)).toContain(HOSTILE_ID.replace(/[\u0000-\u001f]/g, ""));
    }
    const described = riskHeatmapToSvg(register, register.method.matrix, { description: "a\u0002b\ud800c" });
    expect(xmlErrors(described)).toEqual([]);
  });
});

describe("parseXml (test helper)", () => {
  it("rejects malformed XML", () => {
    for (const bad of ["<a>", "<a></b>", "<a x=1/>", "<a>&nope;</a>", "<a>x < y</a>", "<a/><b/>", '<a x="1" x="2"/>', "text"]) {
      expect(() => parseXml(bad), bad).toThrow();
    }
    expect(parseXml('<a x="&lt;&amp;&quot;"><b/>t&#39;</a>')).toEqual({ name: "a", attributes: { x: '<&"' }, children: [{ name: "b", attributes: {}, children: [] }, "t'"] });
  });
});
