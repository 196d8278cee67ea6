import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { findPostgresBinaries } from "./postgres-cluster";

function folderWith(programs: string[], ...parts: string[]): string {
  const folder = path.join(...parts);
  mkdirSync(folder, { recursive: true });
  for (const program of programs) {
    writeFileSync(path.join(folder, program), "#!/bin/sh\n");
    chmodSync(path.join(folder, program), 0o755);
  }
  return folder;
}

describe("findPostgresBinaries", () => {
  const root = mkdtempSync(path.join(tmpdir(), "claimdesk-pg-bin-"));
  const debian = path.join(root, "usr-lib-postgresql");
  folderWith(["initdb", "pg_ctl"], debian, "9.6", "bin");
  const newest = folderWith(["initdb", "pg_ctl"], debian, "16", "bin");
  folderWith(["pg_ctl"], debian, "17", "bin");
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it("takes initdb and pg_ctl from the PATH first", () => {
    const onPath = folderWith(["initdb", "pg_ctl"], root, "path-bin");
    expect(findPostgresBinaries(["/nonexistent", onPath].join(path.delimiter), debian)).toBe(onPath);
  });

  it("else takes Debian's newest complete version, comparing versions as numbers", () => {
    const partial = folderWith(["initdb"], root, "partial-bin");
    expect(findPostgresBinaries(partial, debian)).toBe(newest);
  });

  it("finds nothing when neither has them", () => {
    expect(findPostgresBinaries("", path.join(root, "missing"))).toBeNull();
  });
});
