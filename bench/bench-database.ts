import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

/**
 * Points this process at a new database file, removed with its folder when the process
 * exits. Must run before the first `getDb()`, which reads DATABASE_URL once.
 */
export function useBenchDatabase(): string {
  const folder = mkdtempSync(path.join(tmpdir(), "claimdesk-bench-"));
  process.once("exit", () => rmSync(folder, { recursive: true, force: true }));
  const file = path.join(folder, "bench.db");
  process.env.DATABASE_URL = file;
  process.env.CLAIMDESK_DEMO = "0";
  return file;
}
