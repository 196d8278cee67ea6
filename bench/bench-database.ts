import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

/**
 * Points this process at a new database file. Must run before the first `getDb()`, which
 * reads DATABASE_URL once.
 */
export function useBenchDatabase(): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), "claimdesk-bench-")), "bench.db");
  process.env.DATABASE_URL = file;
  process.env.CLAIMDESK_DEMO = "0";
  return file;
}
