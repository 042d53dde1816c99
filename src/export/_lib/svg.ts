/** A rough width of text in a sans-serif font, in px; good enough for layout. */
export function textWidth(text: string, fontSize: number, bold = false): number {
  let units = 0;
  for (const ch of text) {
    if ("il.,:;'|!1 ".includes(ch)) units += 0.32;
    else if ("mwMW@".includes(ch)) units += 0.9;
    else if (ch >= "A" && ch <= "Z") units += 0.72;
    else units += 0.6;
  }
  // Errs on the wide side (DejaVu Sans is among the widest fallback fonts).
  return units * fontSize * (bold ? 1.12 : 1);
}

/** Greedy word wrap to `width` px; at most `maxLines` lines (the last one is ellipsised when cut). */
export function wrapText(text: string, width: number, fontSize: number, maxLines: number, bold = false): string[] {
  const words = text.trim().split(/\s+/).filter((w) => w !== "");
  const lines: string[] = [];
  let line = "";
  for (const word of words) {
    const candidate = line === "" ? word : `${line} ${word}`;
    if (line !== "" && textWidth(candidate, fontSize, bold) > width) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line !== "") lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = `${kept[maxLines - 1] ?? ""}…`;
  return kept;
}

/** A CSS colour as SVG takes it: `#rgb`, `#rrggbb` (with alpha), a name, or `rgb()`/`hsl()`. */
const CSS_COLOR = /^(?:#(?:[0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})|[a-z]{3,30}|(?:rgb|rgba|hsl|hsla)\([\d\s.,%/+-]{1,60}\))$/i;

/** Whether `color` is a CSS colour an SVG attribute can hold as it is. */
export function isCssColor(color: string): boolean {
  return CSS_COLOR.test(color.trim());
}

const PALETTE = ["#1a9850", "#66bd63", "#a6d96a", "#fee08b", "#fdae61", "#f46d43", "#d73027"] as const;

/** Default colour of level `index` of `count`, from green (lowest) to red (highest). */
export function defaultLevelColor(index: number, count: number): string {
  if (count <= 1) return PALETTE[3];
  const t = (index / (count - 1)) * (PALETTE.length - 1);
  const lo = Math.floor(t);
  const hi = Math.min(lo + 1, PALETTE.length - 1);
  const a = parseHex(PALETTE[lo] ?? PALETTE[0]);
  const b = parseHex(PALETTE[hi] ?? PALETTE[0]);
  if (a === undefined || b === undefined) return PALETTE[3];
  const f = t - lo;
  const mix = a.map((v, k) => Math.round(v + ((b[k] ?? v) - v) * f));
  return `#${mix.map((v) => v.toString(16).padStart(2, "0")).join("")}`;
}

function parseHex(color: string): number[] | undefined {
  const m = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(color.trim());
  if (m === null || m[1] === undefined) return undefined;
  const hex = m[1].length === 3 ? [...m[1]].map((c) => c + c).join("") : m[1];
  return [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16));
}

/** Dark or light text, whichever reads better on `background` (dark when the colour is not hex). */
export function textColorOn(background: string): string {
  const rgb = parseHex(background);
  if (rgb === undefined) return "#1b1b1b";
  const [r, g, b] = rgb.map((v) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  const luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  // Contrast with white vs with near-black (#1b1b1b, luminance ≈ 0.011).
  return (1.05 / (luminance + 0.05)) >= ((luminance + 0.05) / 0.061) ? "#ffffff" : "#1b1b1b";
}

/** Formats a number for SVG attributes: at most 2 decimals, no trailing zeros. */
export function num(value: number): string {
  return String(Math.round(value * 100) / 100);
}
