/**
 * The audit pack's style sheet: system fonts only (nothing to fetch), a layout that never scrolls
 * sideways, and a print style for A4 or Letter landscape — table headers repeated on every page,
 * rows and findings never cut in half, page numbers in the margin.
 */
export const AUDIT_PACK_CSS = `
:root { color-scheme: light; --ink: #1b1b1b; --muted: #555555; --line: #d0d5dd; --soft: #f5f7fa; --accent: #0b57d0; }
*, *::before, *::after { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; color: var(--ink); background: #ffffff; font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
a { color: var(--accent); }
code, .ptr { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace; font-size: 0.86em; overflow-wrap: anywhere; }
.ptr { color: var(--muted); }
.skip { position: absolute; left: -9999px; top: 0; background: #ffffff; padding: 0.5rem 1rem; }
.skip:focus { left: 0.5rem; z-index: 10; }
.page { max-width: 1240px; margin: 0 auto; padding: 1.5rem 1.5rem 3rem; }
header.cover { border-bottom: 3px solid var(--ink); padding-bottom: 1rem; margin-bottom: 1rem; }
.eyebrow { text-transform: uppercase; letter-spacing: 0.06em; font-size: 0.8rem; color: var(--muted); margin: 0; }
h1 { font-size: 2rem; margin: 0.2rem 0 0.4rem; line-height: 1.15; }
h2 { font-size: 1.45rem; margin: 2.2rem 0 0.8rem; padding-bottom: 0.25rem; border-bottom: 1px solid var(--line); }
h3 { font-size: 1.1rem; margin: 1.2rem 0 0.5rem; }
h4 { font-size: 1rem; margin: 0.9rem 0 0.35rem; }
p { margin: 0.35rem 0; }
dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: 0.15rem 1rem; margin: 0.6rem 0 0; }
dl.meta dt { font-weight: 600; }
dl.meta dd { margin: 0; overflow-wrap: anywhere; }
nav.contents ol { display: flex; flex-wrap: wrap; gap: 0.3rem 1.2rem; padding: 0; margin: 0.5rem 0 0; list-style: none; }
.muted { color: var(--muted); }
.small { font-size: 0.85em; }
.dashboard { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(100%, 320px), 1fr)); gap: 1rem; }
.card { border: 1px solid var(--line); border-radius: 6px; padding: 0.8rem 1rem; background: #ffffff; min-width: 0; }
.card h3 { margin-top: 0; }
ul.plain { list-style: none; padding: 0; margin: 0; }
ul.plain > li + li { margin-top: 0.6rem; padding-top: 0.6rem; border-top: 1px solid var(--line); }
ul.tight { margin: 0.2rem 0; padding-left: 1.1rem; }
.figures { display: flex; flex-wrap: wrap; gap: 0.5rem 1.2rem; }
.figure strong { font-size: 1.6rem; margin-right: 0.2rem; }
.figure.bad strong { color: #8b1a1a; }
.figure.warn strong { color: #6b4e00; }
.badge { display: inline-block; padding: 0.05rem 0.45rem; border-radius: 999px; font-size: 0.8em; font-weight: 600; white-space: nowrap; border: 1px solid transparent; }
.badge.good { background: #e3f4e6; color: #14532d; border-color: #a7d7b0; }
.badge.warn { background: #fff4d6; color: #5c4300; border-color: #e9cf7a; }
.badge.bad { background: #fde8e8; color: #8b1a1a; border-color: #f0b4b4; }
.badge.neutral { background: #eef1f5; color: #334155; border-color: #c9d1dc; }
.chip { display: inline-block; padding: 0.05rem 0.45rem; border-radius: 4px; font-size: 0.85em; font-weight: 600; }
.bar { display: inline-block; width: 5rem; max-width: 100%; height: 0.6rem; background: #e6e9ee; border-radius: 3px; vertical-align: middle; overflow: hidden; }
.bar > span { display: block; height: 100%; background: #64748b; }
.bar.good > span { background: #2f855a; }
.bar.warn > span { background: #d69e2e; }
.bar.bad > span { background: #c53030; }
table { border-collapse: collapse; width: 100%; }
table.data { table-layout: fixed; font-size: 0.86rem; margin: 0.5rem 0 1rem; }
table.data.compact, table.levels { font-size: 0.9rem; }
table.levels { table-layout: fixed; }
caption { text-align: left; font-weight: 600; padding: 0.3rem 0; }
th, td { text-align: left; vertical-align: top; padding: 0.3rem 0.4rem; border-bottom: 1px solid var(--line); overflow-wrap: break-word; }
thead th { background: var(--soft); border-bottom: 2px solid #98a2b3; }
th.num, td.num { text-align: right; font-variant-numeric: tabular-nums; }
table.levels tr.above td { background: #fff7f7; }
.heatmaps { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(100%, 480px), 1fr)); gap: 1rem; }
.heatmaps figure { margin: 0; min-width: 0; }
.heatmaps svg { width: 100%; height: auto; display: block; }
.finding { border: 1px solid var(--line); border-left: 4px solid #64748b; border-radius: 4px; padding: 0.55rem 0.8rem; margin: 0.6rem 0; }
.finding[data-severity="major"] { border-left-color: #c53030; }
.finding[data-severity="minor"] { border-left-color: #d69e2e; }
.finding h4 { margin: 0 0 0.3rem; }
.finding .where { color: var(--muted); font-weight: 600; margin: 0 0.3rem; }
.finding .label { font-weight: 600; margin: 0.3rem 0 0; }
.finding ul.refs { margin: 0.1rem 0 0.3rem; padding-left: 1.2rem; }
.filters { display: flex; flex-wrap: wrap; align-items: center; gap: 0.4rem 1rem; padding: 0.5rem 0.7rem; background: var(--soft); border: 1px solid var(--line); border-radius: 6px; margin: 0.5rem 0; }
.filters fieldset { border: 0; padding: 0; margin: 0; display: flex; flex-wrap: wrap; gap: 0.2rem 0.8rem; }
.filters legend { float: left; font-weight: 600; margin-right: 0.6rem; padding: 0; }
.filters input[type="search"] { font: inherit; padding: 0.2rem 0.4rem; border: 1px solid #98a2b3; border-radius: 4px; min-width: 14rem; max-width: 100%; }
th button.sort { font: inherit; font-size: 0.85em; line-height: 1; padding: 0.05rem 0.3rem; margin-left: 0.1rem; border: 1px solid #98a2b3; border-radius: 3px; background: #ffffff; color: var(--ink); cursor: pointer; }
th button.sort:focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; }
th[aria-sort] button.sort { background: var(--ink); color: #ffffff; }
[hidden] { display: none !important; }
.visually-hidden { position: absolute; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
footer.colophon { margin-top: 3rem; padding-top: 0.8rem; border-top: 1px solid var(--line); color: var(--muted); font-size: 0.85rem; }

@page {
  size: landscape;
  margin: 12mm 11mm 15mm;
  @bottom-right { content: "Page " counter(page) " of " counter(pages); font: 8pt system-ui, sans-serif; color: #555555; }
  @bottom-left { content: "ISMS audit pack"; font: 8pt system-ui, sans-serif; color: #555555; }
}
@media print {
  html, body { font-size: 9pt; }
  .page { max-width: none; padding: 0; }
  .skip, nav.contents, .filters, button.sort { display: none !important; }
  * { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
  a { color: inherit; text-decoration: none; }
  h2 { margin-top: 0; break-after: avoid; }
  h3, h4, caption { break-after: avoid; }
  section.pack-section.new-page { break-before: page; }
  thead { display: table-header-group; }
  tfoot { display: table-footer-group; }
  tr, .finding, .card, figure, .review-input > p { break-inside: avoid; }
  header.cover { padding-bottom: 0.4rem; margin-bottom: 0.4rem; }
  h1 { font-size: 18pt; }
  h2 { font-size: 14pt; }
  .dashboard { grid-template-columns: repeat(3, minmax(0, 1fr)); gap: 0.4rem; font-size: 8pt; }
  .card { padding: 0.4rem 0.6rem; }
  .figure strong { font-size: 14pt; }
  .heatmaps { grid-template-columns: repeat(2, minmax(0, 1fr)); }
  table.data { font-size: 7.5pt; }
  table.data thead th { font-size: 7pt; }
  th, td { padding: 0.15rem 0.25rem; }
  .card, .finding { border-color: #aaaaaa; }
}
`;
