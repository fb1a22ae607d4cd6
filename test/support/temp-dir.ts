// vitest's global set-up: every temporary folder a test run makes, in one folder of the run's
// own, removed when the run ends. The tests make projects, packs and registries with mkdtemp
// under the system's temporary folder, and a run left about a hundred and fifty of them behind.
// `os.tmpdir()` reads TMPDIR, which the test workers, and every process they start, inherit.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** The prefix of a run's folder: what the test of this set-up looks for. */
export const RUN_DIR_PREFIX = "portal-slug-test-run-";

/** Makes the run's folder the temporary folder; gives the teardown that removes it. */
export default function setup(): () => void {
  const before = process.env["TMPDIR"];
  const dir = mkdtempSync(join(tmpdir(), RUN_DIR_PREFIX));
  process.env["TMPDIR"] = dir;
  return () => {
    if (before === undefined) delete process.env["TMPDIR"];
    else process.env["TMPDIR"] = before;
    rmSync(dir, { recursive: true, force: true });
  };
}
