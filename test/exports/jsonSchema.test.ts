import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import { readReleaseFiles } from "../../scripts/generators/data.js";
import { mic2023Q1, observations, releases } from "../../src/index.js";

const dir = join(import.meta.dirname, "..", "..", "data", "exports");
const ajv = new Ajv2020({ strict: false, allErrors: true });
(addFormats as unknown as (a: Ajv2020) => void)(ajv);
const load = (name: string): Record<string, unknown> =>
  JSON.parse(readFileSync(join(dir, name), "utf8")) as Record<string, unknown>;
const observationSchema = load("observation.schema.json");
const releaseSchema = load("release.schema.json");
const validObservation = ajv.compile(observationSchema);
const validRelease = ajv.compile(releaseSchema);

describe("JSON Schemas generated from the zod schemas", () => {
  it("are JSON Schema 2020-12, titled", () => {
    expect(observationSchema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(releaseSchema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(observationSchema.title).toBe("Observation");
    expect(releaseSchema.title).toBe("Release");
  });

  it("the observation schema accepts every observation (package and canonical data)", () => {
    const canonical = readReleaseFiles().flatMap((r) => r.data.observations);
    expect(canonical).toHaveLength(observations.length);
    for (const o of [...observations, ...canonical]) {
      expect(validObservation(o), `${o.id}: ${JSON.stringify(validObservation.errors)}`).toBe(true);
    }
  });

  it("the release schema accepts every release, and release.json", () => {
    for (const r of [...releases, load("release.json")]) {
      expect(validRelease(r), JSON.stringify(validRelease.errors)).toBe(true);
    }
    expect(load("release.json")).toEqual(JSON.parse(JSON.stringify(mic2023Q1)));
  });

  it("they refuse a broken record (so acceptance means something)", () => {
    const [first] = observations;
    expect(validObservation({ ...first, comparator: "lt" })).toBe(false);
    expect(validObservation({ ...first, period: "Q1/2023" })).toBe(false);
    expect(validObservation({ ...first, extra: 1 })).toBe(false);
    expect(validRelease({ ...mic2023Q1, compiled: "27/11/2026" })).toBe(false);
    expect(validRelease({ ...mic2023Q1, publisher: undefined })).toBe(false);
  });
});
