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
