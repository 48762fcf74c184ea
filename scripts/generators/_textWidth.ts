/**
 * Text width for laying out the charts, from a table of DejaVu Sans advance
 * widths rather than from a canvas or the fonts of the machine, so that the
 * SVG Vega writes is the same on every machine (`charts.ts` installs it as
 * `vega.textMetrics.width`).
 *
 * The widths are those of DejaVu Sans 2.37 (Book and Bold), in thousandths
 * of an em, read from the fonts' `hmtx` table through their Unicode `cmap`
 * (Debian's fonts-dejavu-core). Vietnamese letters are as wide as their base
 * letter in these fonts, so a letter with diacritics is measured by its base
 * (NFD); a character the table does not hold counts 0.8 em, Vega's own
 * estimate, erring wide.
 */

/** Printable ASCII (U+0020 … U+007E), DejaVu Sans Book. */
const REGULAR = [
  318, 401, 460, 838, 636, 950, 780, 275, 390, 390, 500, 838, 318, 361, 318, 337, 636, 636, 636,
  636, 636, 636, 636, 636, 636, 636, 337, 337, 838, 838, 838, 531, 1000, 684, 686, 698, 770, 632,
  575, 775, 752, 295, 295, 656, 557, 863, 748, 787, 603, 787, 695, 635, 611, 732, 684, 989, 685,
  611, 685, 390, 337, 390, 838, 500, 500, 613, 635, 550, 635, 615, 352, 635, 634, 278, 278, 579,
  278, 974, 634, 612, 635, 635, 411, 521, 392, 634, 592, 818, 592, 592, 525, 636, 337, 636, 838,
];

/** Printable ASCII (U+0020 … U+007E), DejaVu Sans Bold. */
const BOLD = [
  348, 456, 521, 838, 696, 1002, 872, 306, 457, 457, 523, 838, 380, 415, 380, 365, 696, 696, 696,
  696, 696, 696, 696, 696, 696, 696, 400, 400, 838, 838, 838, 580, 1000, 774, 762, 734, 830, 683,
  683, 821, 837, 372, 372, 775, 637, 995, 837, 850, 733, 850, 770, 720, 682, 812, 774, 1103, 771,
  724, 725, 457, 365, 457, 838, 500, 500, 675, 716, 593, 716, 678, 435, 716, 712, 343, 343, 665,
  343, 1042, 712, 687, 716, 716, 493, 595, 478, 712, 652, 924, 645, 652, 582, 712, 365, 712, 838,
];

/** Other characters the charts print: [Book, Bold]. */
const OTHER: Readonly<Record<string, readonly [number, number]>> = {
  "·": [318, 380],
  "–": [500, 500],
  "—": [1000, 1000],
  "≠": [838, 838],
  "∞": [833, 833],
  "→": [838, 838],
  "†": [500, 500],
  "‡": [500, 500],
  "§": [500, 500],
  "\u202f": [200, 200],
  "…": [1000, 1000],
  "“": [518, 657],
  "”": [518, 657],
  "‘": [318, 380],
  "’": [318, 380],
  đ: [635, 716],
  Đ: [775, 838],
};

/** The width of one character, in thousandths of an em. */
function charWidth(char: string, bold: boolean): number {
  const other = OTHER[char];
  if (other !== undefined) return bold ? other[1] : other[0];
  const base = char.normalize("NFD").charCodeAt(0);
  if (base >= 0x20 && base <= 0x7e) return (bold ? BOLD : REGULAR)[base - 0x20] ?? 800;
  return 800;
}

/** What Vega passes to a text width function: a text mark item. */
export interface TextItem {
  readonly fontSize?: number | string | null;
  readonly fontWeight?: number | string | null;
  /** The width past which Vega cuts the text with an ellipsis (0: never). */
  readonly limit?: number | null;
}

/**
 * The width in pixels of `text` set in DejaVu Sans at the item's size and
 * weight (Vega's defaults: 11 px, normal), as `vega.textMetrics.width` is
 * called; no more than the item's `limit`, where Vega cuts the text.
 */
export function textWidth(item: TextItem, text: unknown): number {
  const size = item.fontSize != null ? Number(item.fontSize) || 0 : 11;
  const line = text == null ? "" : String(text).trim();
  if (size <= 0 || line === "") return 0;
  const weight = item.fontWeight;
  const bold = weight === "bold" || weight === "bolder" || Number(weight) >= 600;
  let units = 0;
  for (const char of line) units += charWidth(char, bold);
  const width = (units / 1000) * size;
  const limit = Number(item.limit ?? 0);
  return limit > 0 ? Math.min(width, limit) : width;
}
