import { join } from "node:path";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { makeConsumer } from "../_consumer.js";
import { root, run, runFailing } from "./_tools.js";

/*
 * TypeScript consumers of the packed tarball, one per `moduleResolution`, each
 * type-checking a file that uses the API (both entries); the `@ts-expect-error`
 * lines fail (TS2578) if the package's types resolved to `any`. One more consumer
 * of the main entry checks the shipped declaration files themselves
 * (`skipLibCheck: false`; not with `./schema`, whose .d.ts pulls in zod's, slow
 * to check and not ours).
 */

const usage = (from: string, schemaFrom: string): string => `import {
  bounds,
  getObservation,
  type Interval,
  ndxpTransactions2023Q1,
  observations,
  type Observation,
  UnknownIdError,
} from "${from}";
import { ObservationSchema } from "${schemaFrom}";

const o = getObservation("ndxp-transactions-2023-q1");
const interval: Interval = bounds(o);
const lower: number = interval.lower;
const upper: number | null = interval.upper;
const published: string = ndxpTransactions2023Q1.published;
const parsed: Observation = ObservationSchema.parse(o);
const first: Observation | undefined = observations[0];
// @ts-expect-error an unknown id does not compile
getObservation("ndxp-transaction");
// @ts-expect-error the list is read-only
observations.push(o);
// @ts-expect-error the value is a number
const wrong: string = o.value;

export const used = [lower, upper, published, parsed.id, first, wrong, UnknownIdError.name];
`;

const mainOnly = `import { bounds, getObservation, type Interval } from "vn-digital-indicators";
export const interval: Interval = bounds(getObservation("community-tech-teams"));
`;

const tsconfig = (options: Record<string, unknown>, files: readonly string[]): string =>
  `${JSON.stringify(
    {
      compilerOptions: {
        strict: true,
        noEmit: true,
        skipLibCheck: true,
        target: "es2022",
        lib: ["es2022", "dom"],
        types: [],
        ...options,
      },
      files,
    },
    null,
    2,
  )}\n`;

const configs = {
  node16: [{ module: "node16", moduleResolution: "node16" }, ["esm.mts", "cjs.cts"]],
  nodenext: [{ module: "nodenext", moduleResolution: "nodenext" }, ["esm.mts", "cjs.cts"]],
  bundler: [{ module: "esnext", moduleResolution: "bundler" }, ["bundler.ts"]],
  // Old resolution (`node10`): `./schema` resolves through `typesVersions`.
  node10: [{ module: "commonjs", moduleResolution: "node10" }, ["bundler.ts"]],
  // The main entry's .d.ts and .d.cts themselves, as ESM and CJS.
  declarations: [
    { module: "nodenext", moduleResolution: "nodenext", skipLibCheck: false },
    ["main.mts", "main.cts"],
  ],
} as const;

let dir = "";
const tsc = join(root, "node_modules", "typescript", "bin", "tsc");

beforeAll(() => {
  const files: Record<string, string> = {
    "esm.mts": usage("vn-digital-indicators", "vn-digital-indicators/schema"),
    "cjs.cts": usage("vn-digital-indicators", "vn-digital-indicators/schema"),
    "bundler.ts": usage("vn-digital-indicators", "vn-digital-indicators/schema"),
    "main.mts": mainOnly,
    "main.cts": mainOnly,
    "wrong.mts": `import { getObservation } from "vn-digital-indicators";\nexport const s: string = getObservation("community-tech-teams").value;\n`,
    "tsconfig.wrong.json": tsconfig({ module: "node16", moduleResolution: "node16" }, [
      "wrong.mts",
    ]),
  };
  for (const [name, [options, sources]] of Object.entries(configs)) {
    files[`tsconfig.${name}.json`] = tsconfig(options, sources);
  }
  dir = makeConsumer("typescript", inject("tarball"), files);
});

describe("TypeScript consumers of the tarball", () => {
  it.each(Object.keys(configs))("the %s consumer type-checks a file using the API", (name) => {
    run(process.execPath, [tsc, "-p", `tsconfig.${name}.json`], { cwd: dir });
  });

  it("rejects a misuse (so the checks above are not vacuous)", () => {
    const out = runFailing(process.execPath, [tsc, "-p", "tsconfig.wrong.json"], { cwd: dir });
    expect(out).toMatch(/error TS2322/);
  });

  it("resolves the .d.ts for import and the .d.cts for require (node16)", () => {
    const out = run(process.execPath, [tsc, "-p", "tsconfig.node16.json", "--traceResolution"], {
      cwd: dir,
    });
    expect(out).toMatch(
      /Module name 'vn-digital-indicators' was successfully resolved to '[^']*\/dist\/index\.d\.ts'/,
    );
    expect(out).toMatch(
      /Module name 'vn-digital-indicators' was successfully resolved to '[^']*\/dist\/index\.d\.cts'/,
    );
    expect(out).toMatch(
      /Module name 'vn-digital-indicators\/schema' was successfully resolved to '[^']*\/dist\/schema\.d\.cts'/,
    );
  });
});
