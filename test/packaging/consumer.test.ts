import { execFileSync } from "node:child_process";
import { describe, expect, inject, it } from "vitest";
import { makeConsumer } from "../_consumer.js";

describe("the packed tarball in a consumer outside the source tree", () => {
  it("imports (ESM) and requires (CJS) the main entry and reads a figure with its qualifier", () => {
    const dir = makeConsumer("smoke", inject("tarball"), {
      "esm.mjs":
        'import { getObservation } from "vn-digital-indicators";\nconst o = getObservation("ndxp-transactions-2023-q1");\nconsole.log(o.published, o.comparator);\n',
      "cjs.cjs":
        'const { getObservation } = require("vn-digital-indicators");\nconst o = getObservation("ndxp-transactions-2023-q1");\nconsole.log(o.published, o.comparator);\n',
    });
    for (const file of ["esm.mjs", "cjs.cjs"]) {
      const out = execFileSync(process.execPath, [file], { cwd: dir, encoding: "utf8" });
      expect(out.trim()).toBe("hơn 111 triệu gt");
    }
  }, 120_000);
});
