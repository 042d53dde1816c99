import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { escapeHtml, html, htmlToString, trustedHtml } from "../../../src/export/_lib/html";
import { escapeXml } from "../../../src/export/_lib/xml";

describe("html (the export room's one HTML writer)", () => {
  it("escapes every interpolated text, in content and in attributes", () => {
    const evil = `"><script>alert('x')</script>&amp;`;
    expect(htmlToString(html`<p title="${evil}">${evil}</p>`)).toBe(
      '<p title="&quot;&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&amp;amp;">&quot;&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&amp;amp;</p>',
    );
  });

  it("inserts markup made by html or trustedHtml as it is, lists joined, numbers as digits, and nothing for undefined, null and false", () => {
    const item = (text: string) => html`<li>${text}</li>`;
    expect(htmlToString(html`<ul>${["a<b", "c"].map(item)}</ul>`)).toBe("<ul><li>a&lt;b</li><li>c</li></ul>");
    expect(htmlToString(html`${trustedHtml("<svg/>")}${42}${undefined}${null}${false}${Number.NaN}`)).toBe("<svg/>42");
  });

  it("never lets text become markup: the output of text alone has no <, > or unescaped quote", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (text) => {
        const out = htmlToString(html`${text}`);
        expect(out).not.toMatch(/[<>"']/);
        expect(out.replace(/&(lt|gt|amp|quot|#39);/g, "")).not.toContain("&");
      }),
      { numRuns: 300 },
    );
  });

  it("is the escaping the SVG and XLSX writers use, with the single quote too, and drops what XML cannot hold", () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe(escapeXml(`<a href="x">'&'</a>`).replace(/'/g, "&#39;"));
    expect(escapeHtml("a\u0001b\u001bc")).toBe("abc");
  });
});
