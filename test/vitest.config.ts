import { defineConfig } from "vitest/config";
import { TEST_HANG_MS } from "./_limits.js";
import { SystemSkipsReporter } from "./_systemReporter.js";

// The period tests run once per time zone below, and must give the same results
// in each (test/periods asserts the zone in effect, so the runs cannot silently
// share one zone). Kiritimati is UTC+14 and skipped 1994-12-31; Honolulu is UTC−10.
const ZONES = ["UTC", "Pacific/Kiritimati", "Pacific/Honolulu"] as const;
const PERIOD_TESTS = ["test/periods/**/*.test.ts"];
const EXCLUDE = ["**/node_modules/**", "**/fixtures/**"];

export default defineConfig({
  test: {
    // the default report, then the checks skipped for a missing system package
    reporters: ["default", new SystemSkipsReporter()],
    projects: [
      {
        test: {
          name: "unit",
          include: ["test/**/*.test.ts"],
          exclude: [...EXCLUDE, ...PERIOD_TESTS],
          typecheck: {
            enabled: true,
            include: ["test/**/*.test-d.ts"],
            tsconfig: "./tsconfig.json",
          },
          globalSetup: ["./test/_globalSetup.ts"],
          // a bound for a hang, not a speed check: many of these tests run
          // other programs, whose time depends on the machine's load (_limits.ts)
          testTimeout: TEST_HANG_MS,
          hookTimeout: TEST_HANG_MS,
        },
      },
      ...ZONES.map((zone) => ({
        test: {
          name: `periods TZ=${zone}`,
          include: PERIOD_TESTS,
          exclude: EXCLUDE,
          env: { TZ: zone },
          // in-process only (no other program): a file takes under a second
          testTimeout: 30_000,
        },
      })),
    ],
  },
});
