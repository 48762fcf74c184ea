import { _closest } from "../_lib/_closest.js";
import { ArgumentTypeError, UnknownIdError } from "../errors.js";
import { _nameKey } from "./_nameKey.js";

interface Unit {
  readonly code: string;
  readonly name: string;
}

interface UnitIndex<U extends Unit> {
  readonly byCode: Map<string, U>;
  readonly byAscii: Map<string, U>;
  readonly byToned: Map<string, U>;
}

/**
 * The longest code or name read (UTF-16 code units). The longest real form,
 * decomposed (NFD) with a prefix and a suffix ("Thành phố Bà Rịa - Vũng Tàu Province"),
 * is 43 long; 200 leaves room for spacing and punctuation. Longer input is
 * refused at once, before any normalisation or search.
 */
const MAX_INPUT = 200;

const indexes = /* @__PURE__ */ new WeakMap<readonly Unit[], UnitIndex<Unit>>();

function index<U extends Unit>(units: readonly U[]): UnitIndex<U> {
  let found = indexes.get(units) as UnitIndex<U> | undefined;
  if (found === undefined) {
    found = { byCode: new Map(), byAscii: new Map(), byToned: new Map() };
    for (const unit of units) {
      const key = _nameKey(unit.name);
      found.byCode.set(unit.code, unit);
      found.byAscii.set(key.ascii, unit);
      found.byToned.set(key.toned, unit);
    }
    indexes.set(units, found as UnitIndex<Unit>);
  }
  return found;
}

/**
 * The unit with that code or name: the code as written (`"54"`); the name with
 * or without diacritics, in any case, NFC or NFD, with either tone placement
 * (`"Hoà"`/`"Hòa"`), with or without a "Tỉnh"/"Thành phố"/"TP." prefix or a
 * "Province"/"City" suffix. A name written with diacritics must match them
 * (tone placement aside); one written without any matches by its letters.
 * Input longer than 200 characters is unknown at once, with no suggestions.
 *
 * @internal
 */
export function _resolveUnit<U extends Unit>(
  units: readonly U[],
  input: unknown,
  argument: string,
  what: string,
): U {
  if (typeof input !== "string") {
    throw new ArgumentTypeError("ERR_INVALID_TYPE", argument, input, `a ${what} code or name`);
  }
  if (input.length > MAX_INPUT) throw new UnknownIdError(argument, input, what, []);
  const { byCode, byAscii, byToned } = index(units);
  const trimmed = input.trim();
  if (/^\d+$/.test(trimmed)) {
    const unit = byCode.get(trimmed);
    if (unit !== undefined) return unit;
    throw new UnknownIdError(
      argument,
      input,
      `${what} code`,
      _closest(trimmed, [...byCode.keys()]),
    );
  }
  const key = _nameKey(input);
  const unit = key.marked ? byToned.get(key.toned) : byAscii.get(key.ascii);
  if (unit !== undefined) return unit;
  const names = new Map([...byAscii].map(([ascii, u]) => [ascii, u.name]));
  const suggestions = key.ascii.length === 0 ? [] : _closest(key.ascii, [...names.keys()]);
  throw new UnknownIdError(
    argument,
    input,
    what,
    suggestions.map((s) => names.get(s) ?? s),
  );
}
