import { describe, expect, it } from "vitest";
import * as api from "../../src/index.js";

function* paths(value: unknown, path: string): Generator<[string, object]> {
  if (typeof value !== "object" || value === null) return;
  yield [path, value];
  for (const [k, v] of Object.entries(value)) yield* paths(v, `${path}.${k}`);
}

describe("exported constants are deep-frozen", () => {
  const constants = Object.entries(api).filter(([, v]) => typeof v === "object" && v !== null);

  it("there are constants to check (every observation, the collections, the releases)", () => {
    expect(constants.length).toBeGreaterThanOrEqual(api.observations.length + 5);
  });

  it("mutating any object reachable from an exported constant throws", () => {
    let checked = 0;
    for (const [name, value] of constants) {
      for (const [path, object] of paths(value, name)) {
        expect(Object.isFrozen(object), path).toBe(true);
        expect(() => {
          (object as Record<string, unknown>).injected = 1;
        }, path).toThrow(TypeError);
        for (const key of Object.keys(object)) {
          expect(() => {
            (object as Record<string, unknown>)[key] = "changed";
          }, `${path}.${key}`).toThrow(TypeError);
        }
        if (Array.isArray(object)) expect(() => object.push(1), path).toThrow(TypeError);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(100);
    expect(api.fullyOnlineServicesShare.value).toBe(74.72);
  });
});
