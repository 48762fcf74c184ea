import { describe, expect, it } from "vitest";
import { readReleaseFiles } from "../../scripts/generators/data.js";
import {
  corrections,
  getIndicator,
  getObservation,
  getRelease,
  getTask,
  indicators,
  mic2023Q1,
  type Observation,
  type ObservationId,
  observations,
  releases,
  tasks,
  UnknownIdError,
} from "../../src/index.js";
import {
  IndicatorSchema,
  ObservationSchema,
  ReleaseFileSchema,
  ReleaseSchema,
  TaskSchema,
} from "../../src/schema.js";

const all: readonly Observation[] = observations;

describe("records", () => {
  it("every canonical release file parses with its schema", () => {
    const files = readReleaseFiles();
    expect(files.length).toBeGreaterThan(0);
    for (const { data } of files) expect(ReleaseFileSchema.safeParse(data).success).toBe(true);
  });

  it("every exported record parses with its schema", () => {
    for (const o of observations) expect(ObservationSchema.parse(o)).toEqual(o);
    for (const i of indicators) expect(IndicatorSchema.parse(i)).toEqual(i);
    for (const t of tasks) expect(TaskSchema.parse(t)).toEqual(t);
    for (const r of releases) expect(ReleaseSchema.parse(r)).toEqual(r);
  });

  it("the schemas refuse a wrong record", () => {
    const o = observations[0];
    expect(ObservationSchema.safeParse({ ...o, value: Number.NaN }).success).toBe(false);
    expect(ObservationSchema.safeParse({ ...o, comparator: "lt" }).success).toBe(false);
    expect(ObservationSchema.safeParse({ ...o, extra: 1 }).success).toBe(false);
    expect(ObservationSchema.safeParse({ ...o, period: "2023-13" }).success).toBe(false);
    expect(ObservationSchema.safeParse({ ...o, id: "Not Kebab" }).success).toBe(false);
  });

  it("ids are unique within each kind of record", () => {
    for (const records of [observations, indicators, tasks, releases] as const) {
      const ids = records.map((r) => r.id);
      expect(new Set(ids).size).toBe(ids.length);
    }
  });

  it("every reference resolves", () => {
    const byId = new Map(all.map((o) => [o.id, o]));
    const obsIds = new Set(byId.keys());
    const releaseIds = new Set<string>(releases.map((r) => r.id));
    for (const o of all) {
      expect(releaseIds.has(o.release), o.id).toBe(true);
      const indicator = getIndicator(o.indicator as never) as { unit: string };
      // a printed change is in percent (points or relative), whatever its indicator's unit
      if (o.kind === "change") expect(o.unit, o.id).toBe("percent");
      else expect(indicator.unit, `${o.id} unit = its indicator's`).toBe(o.unit);
      if (o.kind === "value" && o.shareOf !== null) {
        expect(obsIds.has(o.shareOf)).toBe(true);
        expect(byId.get(o.shareOf)?.kind).toBe("target");
      }
      if (o.kind === "change") {
        expect(obsIds.has(o.change.of)).toBe(true);
        expect(byId.get(o.change.of)?.indicator).toBe(o.indicator);
      }
      if (o.kind === "target" && o.target.progress !== null) {
        // progress is measured by the same indicator, or (NDXP: a year's target, a
        // quarter's progress) by one its indicator names as related
        const progress = byId.get(o.target.progress);
        const related = getIndicator(o.indicator as never).related.map((r) => r.id);
        expect([o.indicator, ...related]).toContain(progress?.indicator);
        expect(progress?.unit).toBe(o.unit);
        expect(o.period).toBe(String(o.target.year));
      }
      if (o.kind === "partOfWhole" && o.missing !== null) {
        for (const code of o.missing.codes) expect(code).toMatch(/^\d{2}$/);
      }
    }
    // indicators' related ids resolve, both ways, and never to themselves
    const indicatorIds = new Set<string>(indicators.map((i) => i.id));
    for (const i of indicators) {
      for (const r of i.related) {
        expect(indicatorIds.has(r.id), `${i.id} → ${r.id}`).toBe(true);
        expect(r.id).not.toBe(i.id);
        const back = indicators.find((x) => x.id === r.id)?.related.map((x) => x.id);
        expect(back, `${r.id} → ${i.id}`).toContain(i.id);
      }
    }
    for (const t of tasks) expect(releaseIds.has(t.release)).toBe(true);
    for (const c of corrections as readonly { observation: string }[]) {
      expect(obsIds.has(c.observation)).toBe(true);
    }
  });

  it("every indicator has at least one observation", () => {
    for (const i of indicators)
      expect(
        all.some((o) => o.indicator === i.id),
        i.id,
      ).toBe(true);
  });

  it("carries rows 1-27 of FIGURES.md: 23 figures, 2 platforms (rows 20-21), 2 Q2 tasks and the plan", () => {
    expect(observations.filter((o) => o.release === "mic-2023-q1")).toHaveLength(23);
    expect(mic2023Q1.platforms.map((p) => p.id)).toEqual(["ndxp", "onetouch"]);
    const onetouch = mic2023Q1.platforms[1];
    expect(onetouch?.url).toBe("https://onetouch.mic.gov.vn");
    expect(onetouch?.launched?.period).toBe("2022-04");
    expect(onetouch?.launched?.published).toBe("đầu tháng 4/2022");
    expect(tasks.filter((t) => t.due === "2023-Q2")).toHaveLength(2);
    expect(tasks.filter((t) => t.due === null)).toHaveLength(1);
  });

  it("the release states its event, publisher and the 2025 merger with their sources", () => {
    expect(mic2023Q1.id).toBe("mic-2023-q1");
    expect(mic2023Q1.event?.date).toBe("2023-03-06");
    expect(mic2023Q1.event?.source.url).toMatch(/^https:\/\/daknong\.gov\.vn\//);
    expect(mic2023Q1.publisher?.succession?.date).toBe("2025-03-01");
    expect(mic2023Q1.publisher?.succession?.successor.en).toBe(
      "Ministry of Science and Technology",
    );
    expect(mic2023Q1.publisher?.succession?.publisher).toBe("most");
    expect(mic2023Q1.madePublic).toEqual({ date: "2023-03-06", basis: "event" });
    expect(getRelease("mic-2023-q1")).toBe(mic2023Q1);
    // the report itself was never corrected
    expect(mic2023Q1.corrections).toEqual([]);
  });

  it("every correction is listed on its release, names a real observation and field, and bumps the release's patch", () => {
    expect(corrections.length).toBeGreaterThan(0);
    for (const c of corrections) {
      const release = getRelease(c.release as never);
      expect(release.corrections, c.observation).toContainEqual(c);
      const o: Observation = getObservation(c.observation as ObservationId);
      expect(o.release).toBe(c.release);
      expect(Object.keys(o), c.field).toContain(c.field);
      // the observation now holds the value after
      expect(JSON.stringify(o[c.field as keyof typeof o]), `${c.observation}.${c.field}`).toBe(
        c.after,
      );
      expect(c.before).not.toBe(c.after);
      expect(release.version).not.toBe("1.0.0");
      expect(c.reason.vi.length > 0 && c.reason.en.length > 0).toBe(true);
    }
  });

  it("getters throw UnknownIdError naming the id and the closest ids", () => {
    const lookups = [
      () => getObservation("fully-online-service-share" as never),
      () => getIndicator("ndxp-transactions-quarte" as never),
      () => getRelease("mic-2023-q2" as never),
      () => getTask("ai-datasets-catalogue" as never),
    ];
    const closest = [
      "fully-online-services-share",
      "ndxp-transactions-quarter",
      "mic-2023-q1",
      "ai-dataset-catalogue",
    ];
    lookups.forEach((lookup, i) => {
      try {
        lookup();
        expect.unreachable();
      } catch (e) {
        expect(e).toBeInstanceOf(UnknownIdError);
        expect(e).toBeInstanceOf(RangeError);
        const error = e as UnknownIdError;
        expect(error.code).toBe("ERR_UNKNOWN_ID");
        expect(error.suggestions[0]).toBe(closest[i]);
        expect(error.message).toContain(`"${closest[i]}"`);
        expect(error.message).toContain(String(error.received));
      }
    });
    expect(() => getObservation(42 as never)).toThrow(/received 42/);
    expect(getTask("ai-dataset-catalogue").due).toBe("2023-Q2");
  });
});
