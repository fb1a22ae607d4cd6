// docs/linters.md's table of what each linter sees, every cell found by running that linter on
// the probes' project (test/fixtures/linter-matrix: one file a capability): a capability is "yes"
// when the linter reports that file's mistake at its call, "suggestions" and "fixes" when applying
// them corrects a file, and never into anything but the correction. A linter must first report
// the plain bad slug, so a row of "no" can never come from a linter that checked nothing; and no
// linter may report what no probe expects. `DOCS_UPDATE=1` writes the table anew.
import { rmSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { markdownTable, readSection, tableRows } from "./support/generated-section.js";
import { CHANGE_COLUMNS, PROBES, cell, changesMade, probeOf, probeProject } from "./support/linter-matrix.js";
import { MATRIX_LINTERS, type MatrixLinter } from "./support/matrix-linters.js";

const made: string[] = [];
const fresh = (): string => {
  const dir = probeProject();
  made.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** The row of one linter, with what it reported, each cell worked out from a run. */
async function row(linter: MatrixLinter): Promise<string[]> {
  const dir = fresh();
  const reports = await linter.reports(dir);
  const seen = new Set(reports.map((report) => probeOf(dir, report)));
  expect(seen.has(PROBES[0]), `${linter.name} reports the plain bad slug of ${PROBES[0]?.file}`).toBe(true);
  expect(
    reports.filter((report) => !probeOf(dir, report)),
    `${linter.name} reports nothing no probe expects`,
  ).toEqual([]);
  const suggested = fresh();
  await linter.applySuggestions(suggested);
  const fixed = fresh();
  await linter.applyFixes(fixed);
  return [linter.name, ...PROBES.map((probe) => cell(seen.has(probe))), cell(changesMade(suggested).length > 0), cell(changesMade(fixed).length > 0)];
}

describe("docs/linters.md's table", () => {
  it("is what each linter reports and changes on the probes, cell by cell", async () => {
    const rows: string[][] = [];
    for (const linter of MATRIX_LINTERS) {
      const why = linter.unavailable?.();
      if (why !== undefined) throw new Error(`${linter.name} cannot run here, so its row cannot be checked: ${why}`);
      rows.push(await row(linter));
    }
    const table = markdownTable(["linter", ...PROBES.map(({ capability }) => capability), ...CHANGE_COLUMNS], rows);
    expect(readSection("docs/linters.md", "linters", table), "DOCS_UPDATE=1 writes it anew").toEqual(tableRows(table));
  }, 600_000);
});
