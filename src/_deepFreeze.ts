/**
 * Freezes a value and everything reachable from it, and returns it with its
 * type unchanged. Generated modules call it as `/* @__PURE__ *\/ _deepFreeze(…)`
 * so that a bundler drops any constant a program does not use.
 *
 * @internal
 */
export function _deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    for (const key of Object.keys(value)) {
      _deepFreeze((value as Record<string, unknown>)[key]);
    }
    Object.freeze(value);
  }
  return value;
}

/**
 * Sets one property of a freshly parsed object and returns it (the key
 * already exists, so the object keeps its key order). Generated modules use it
 * to point a release at its shared, frozen publisher.
 *
 * @internal
 */
export function _with<T extends object>(value: T, key: keyof T, replacement: unknown): T {
  (value as Record<PropertyKey, unknown>)[key as PropertyKey] = replacement;
  return value;
}
