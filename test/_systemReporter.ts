import { relative } from "node:path";
import type { Reporter, TestModule, Vitest } from "vitest/node";
import { SYSTEM_SKIP, SYSTEM_SKIP_INSTALL } from "./_system.js";

/**
 * Lists, after vitest's summary, every test skipped because a system package
 * is missing (`needSystem` in test/_system.ts), one line each with its install
 * command: a green run names what it did not check.
 */
export class SystemSkipsReporter implements Reporter {
  private vitest: Vitest | undefined;

  onInit(vitest: Vitest): void {
    this.vitest = vitest;
  }

  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    const lines: string[] = [];
    for (const module of testModules) {
      for (const test of module.children.allTests("skipped")) {
        const result = test.result();
        const note = result.state === "skipped" ? result.note : undefined;
        if (note === undefined || !note.startsWith(SYSTEM_SKIP)) continue;
        const [what, install] = note.slice(SYSTEM_SKIP.length).split(SYSTEM_SKIP_INSTALL);
        const file = relative(this.vitest?.config.root ?? process.cwd(), module.moduleId);
        lines.push(
          `SKIPPED (system package missing): ${file} > ${test.fullName} [${what}] — install: ${install}`,
        );
      }
    }
    if (lines.length === 0) return;
    const log = (text: string) =>
      this.vitest ? this.vitest.logger.log(text) : process.stdout.write(`${text}\n`);
    log("");
    log(
      `${lines.length} check${lines.length === 1 ? "" : "s"} did not run: a system package is missing (under CI=true each is a failure).`,
    );
    for (const line of lines.sort()) log(line);
  }
}
