/**
 * Freezes a value and everything reachable from it, and returns it with its
 * type unchanged. Generated modules call it as `/* @__PURE__ *\/ _deepFreeze(…)`
 * so that a bundler drops any constant a program does not use.
 *
 * @internal
 */
export function _deepFreeze<T>(value: T): T {
  if (typeof value !== "object" || value === null || Object.isFrozen(value)) return value;
  // `for…in` over the plain data of the generated modules (JSON, no
  // inherited enumerable keys): no array of keys is made, and a child is
  // visited only if it is an object not yet frozen (a shared publisher, a
  // figure a series points to). At import this walks every record once:
  // measured with callgrind, about a third of the instructions of an
  // `Object.keys` walk.
  for (const key in value) {
    const child = (value as Record<string, unknown>)[key];
    if (typeof child === "object" && child !== null && !Object.isFrozen(child)) _deepFreeze(child);
  }
  return Object.freeze(value);
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
