import MarkdownIt from "markdown-it";

/** CommonMark with GitHub's tables, raw HTML passed through as GitHub and most renderers do. */
const renderer = new MarkdownIt({ html: true, linkify: false });

/** The elements the Markdown writers produce themselves: headings, paragraphs, lists, tables, bold, code, `<br>` in cells. */
const OWN_ELEMENTS = new Set(["h1", "h2", "h3", "p", "ul", "li", "table", "thead", "tbody", "tr", "th", "td", "strong", "code", "br"]);

/**
 * What rendering `markdown` as HTML gives that the writer did not put there: every element outside
 * {@link OWN_ELEMENTS} (raw HTML, links, images, emphasis, strike-through …), as `<name …>` strings.
 * Text is escaped by the renderer, so any element in the HTML came from Markdown syntax.
 */
export function foreignMarkup(markdown: string): string[] {
  const html = renderer.render(markdown);
  return [...html.matchAll(/<\/?([A-Za-z][\w-]*)[^>]*>/g)].filter((m) => !OWN_ELEMENTS.has(m[1]!.toLowerCase())).map((m) => m[0]);
}

/** The HTML of a Markdown text. */
export function renderMarkdown(markdown: string): string {
  return renderer.render(markdown);
}
