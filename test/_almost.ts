/**
 * Records that are almost valid, for the tests of issue 12: a deep copy of
 * plain data with one field dropped, replaced, or read through a getter that
 * throws; a transparent Proxy; a Proxy trapping everything; a revoked Proxy.
 */

/** A deep copy of plain data (frozen data included), unfrozen. */
export function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** The parent object of `path` in `root` (a copy) and the last key. */
function at(
  root: Record<string, unknown>,
  path: readonly string[],
): [Record<string, unknown>, string] {
  let o = root;
  for (const key of path.slice(0, -1)) o = o[key] as Record<string, unknown>;
  return [o, path[path.length - 1] as string];
}

/** A copy of `value` without the field at `path` (`["publisher", "name"]`). */
export function without<T>(value: T, path: readonly string[]): T {
  const copy = clone(value) as Record<string, unknown>;
  const [o, key] = at(copy, path);
  delete o[key];
  return copy as T;
}

/** A copy of `value` with the field at `path` set to `replacement`. */
export function replaced<T>(value: T, path: readonly string[], replacement: unknown): T {
  const copy = clone(value) as Record<string, unknown>;
  const [o, key] = at(copy, path);
  o[key] = replacement;
  return copy as T;
}

/** The error every hostile getter and trap throws (not a package error). */
export class Hostile extends Error {}

/** A copy of `value` whose field at `path` is a getter that throws. */
export function throwingAt<T>(value: T, path: readonly string[]): T {
  const copy = clone(value) as Record<string, unknown>;
  const [o, key] = at(copy, path);
  Object.defineProperty(o, key, {
    enumerable: true,
    get() {
      throw new Hostile(`getter ${path.join(".")}`);
    },
  });
  return copy as T;
}

/** A Proxy that forwards everything (a valid record stays valid). */
export function transparent<T extends object>(value: T): T {
  return new Proxy(value, {});
}

/**
 * A Proxy every trap of which throws a {@link Hostile} naming the trap; given
 * `calls`, each trap first records its name there.
 */
export function trapAll(target: object, calls?: string[]): object {
  const handler = new Proxy(
    {},
    {
      get(_t, trap) {
        return () => {
          calls?.push(String(trap));
          throw new Hostile(`trap ${String(trap)} ran`);
        };
      },
    },
  );
  return new Proxy(target, handler);
}

/**
 * A revoked Proxy (every operation on it throws a TypeError), of an object,
 * or of an array when `array` is true.
 */
export function revoked(array = false): never {
  const { proxy, revoke } = Proxy.revocable(array ? [] : {}, {});
  revoke();
  return proxy as never;
}
