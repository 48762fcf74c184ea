/** The five Vietnamese tone marks, as combining characters (NFD). */
const TONES = /[\u0300\u0301\u0303\u0309\u0323]/g;
const MARKS = /\p{M}/gu;
const SEPARATORS = /[^\p{L}\p{M}\p{N}]+/u;

/**
 * The comparison keys of a name:
 *
 * - `ascii`: lower case, no diacritics, đ → d, no spaces or punctuation
 *   (`"Tỉnh Phú Yên"` → `"phuyen"`);
 * - `toned`: the same but keeping the diacritics, each syllable's tone mark
 *   moved to its end, so that the old and new tone placements agree
 *   (`"Hoà"` and `"Hòa"` both give `"hoa\u0300"`);
 * - `marked`: whether the text has any diacritic (or đ): such a text must
 *   match the `toned` key, a plain ASCII text the `ascii` key.
 *
 * A leading "Tỉnh", "Thành phố" or "TP" and a trailing "Province" or "City"
 * are dropped where something remains. The input is normalised (NFKD) first,
 * so NFC and NFD input give the same keys.
 *
 * @internal
 */
export function _nameKey(text: string): { ascii: string; toned: string; marked: boolean } {
  let words = text.normalize("NFKD").toLowerCase().split(SEPARATORS).filter(Boolean);
  let ascii = words.map((w) => w.replace(MARKS, "").replace(/đ/g, "d"));
  const drop = (start: number, end: number): void => {
    if (end - start >= words.length) return;
    words = words.slice(start, words.length - end);
    ascii = ascii.slice(start, ascii.length - end);
  };
  if (ascii[0] === "tinh" || ascii[0] === "tp") drop(1, 0);
  else if (ascii[0] === "thanh" && ascii[1] === "pho") drop(2, 0);
  const last = ascii[ascii.length - 1];
  if (last === "province" || last === "city") drop(0, 1);
  const toned = words
    .map((w) => w.replace(TONES, "") + (w.match(TONES) ?? []).sort().join(""))
    .join("");
  return { ascii: ascii.join(""), toned, marked: /[\p{M}đ]/u.test(words.join("")) };
}

/**
 * A name folded for display in suggestions' ranking: lower case, no
 * diacritics, đ → d, single spaces.
 *
 * @internal
 */
export function _asciiFold(text: string): string {
  return text
    .normalize("NFKD")
    .toLowerCase()
    .replace(MARKS, "")
    .replace(/đ/g, "d")
    .split(SEPARATORS)
    .filter(Boolean)
    .join(" ");
}
