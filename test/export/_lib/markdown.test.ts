import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { markdownCode, markdownText } from "../../../src/export/_lib/markdown";
import { foreignMarkup, renderMarkdown } from "../_helpers/renderMarkdown";

const HOSTILE = [
  "<img src=x onerror=alert(1)>",
  "<script>alert(1)</script>",
  "[x](javascript:alert(1))",
  "![tracker](https://evil.example/p.png)",
  "[ref]\n\n[ref]: https://evil.example",
  "<https://evil.example>",
  "*em* _em_ ~~del~~ `code` **strong**",
  "a | b",
  "line\n# heading\n> quote\n- item\n1. item\n<div>",
  "&lt;script&gt; &#60;b&#62;",
  "back\\slash\\",
  "\u001b[31mred\u0007 \u0000nul",
];

describe("markdownText", () => {
  it.each(HOSTILE)("renders %j as its own text, in a paragraph and in a table cell", (text) => {
    for (const markdown of [`Before ${markdownText(text)} after\n`, `| A |\n| --- |\n| ${markdownText(text, { lineBreak: "<br>" })} |\n`]) {
      expect(foreignMarkup(markdown)).toEqual([]);
    }
    const html = renderMarkdown(`x ${markdownText(text)}`);
    expect(html.match(/<p>/g)?.length).toBe(1);
  });

  it("shows the text a reader wrote, but for control characters and line breaks", () => {
    const decode = (html: string) => html.replace(/<\/?p>\n?/g, "").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&amp;/g, "&");
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(..."ab <>&[]()!*_`~|#\\-+.:/\"'=1".split("")) }), (text) => {
        expect(decode(renderMarkdown(`x ${markdownText(text)}`))).toBe(`x ${text}`.trimEnd());
      }),
      { numRuns: 300 },
    );
  });
});

describe("markdownCode", () => {
  it.each(["a`b", "``", "`x`", "a | b", "x\ny"])("keeps %j as one code span", (text) => {
    const html = renderMarkdown(`| A |\n| --- |\n| ${markdownCode(text, { table: true })} |\n`);
    expect(html.match(/<code>/g)?.length).toBe(1);
    expect(html.match(/<td>/g)?.length).toBe(1);
  });
});
