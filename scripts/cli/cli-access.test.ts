import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import type { NextRequest } from "next/server";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Db } from "@/db/client";
import { users } from "@/db/schema";
import { insertTestMember } from "@/lib/server/annotations/annotation-test-fixtures";
import type { Caller } from "@/lib/server/auth/caller";
import { AppError } from "@/lib/server/errors";
import { exportText, setUpExportProject } from "@/lib/server/export/export-test-fixtures";
import { insertTestUser, useTestDatabase } from "@/lib/server/testing/test-database";

// The routes resolve their caller from the session; here the test names it, as `--as` does.
let httpCaller: Caller | null = null;
vi.mock("@/lib/server/auth/caller", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/server/auth/caller")>()),
  requireCaller: async () => {
    if (!httpCaller) throw new AppError("unauthorized", "Sign in or send an API token");
    return httpCaller;
  },
}));

const importRoute = await import("@/app/api/projects/[projectId]/documents/route");
const exportRoute = await import("@/app/api/projects/[projectId]/export/route");
const { importCommand } = await import("./import-command");
const { exportCommand } = await import("./export-command");
const { backupCommand } = await import("./backup-command");
const { restoreCommand } = await import("./restore-command");
const { dbCopyCommand } = await import("./db-copy-command");

let db: Db;
let fixture: Awaited<ReturnType<typeof setUpExportProject>>;
let manager: Caller;
let outsider: Caller;
let disabled: Caller;
const folder = mkdtempSync(path.join(tmpdir(), "claimdesk-cli-access-"));
const article = path.join(folder, "article.txt");

beforeAll(async () => {
  db = await useTestDatabase();
  fixture = await setUpExportProject(db);
  manager = await insertTestMember(db, fixture.projectId, "manager");
  outsider = await insertTestUser(db);
  disabled = await insertTestMember(db, fixture.projectId, "manager");
  await db.update(users).set({ disabledAt: new Date() }).where(eq(users.id, disabled.id));
  writeFileSync(article, "Kazakhstan says it complies with the sanctions.\n");
  vi.spyOn(console, "log").mockImplementation(() => {});
  vi.spyOn(console, "error").mockImplementation(() => {});
});

/** What the HTTP API answers `caller`, as `{code, message}`. */
async function httpRefusal(caller: Caller, call: (projectId: string) => Promise<Response>): Promise<{ code: string; message: string }> {
  httpCaller = caller;
  const response = await call(String(fixture.projectId));
  expect(response.status).toBeGreaterThanOrEqual(400);
  return ((await response.json()) as { error: { code: string; message: string } }).error;
}

const httpImport = (projectId: string) =>
  importRoute.POST(
    new Request(`http://localhost/api/projects/${projectId}/documents`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ documents: [{ text: "Kazakhstan says nothing." }] }),
    }) as unknown as NextRequest,
    { params: Promise.resolve({ projectId }) },
  );
const httpExport = (projectId: string) =>
  exportRoute.GET(new Request(`http://localhost/api/projects/${projectId}/export?format=jsonl&set=gold`) as unknown as NextRequest, {
    params: Promise.resolve({ projectId }),
  });

/** The refusal a command throws, as `{code, message}` (the command line prints the message). */
async function cliRefusal(run: Promise<void>): Promise<{ code: string; message: string }> {
  const error: unknown = await run.then(
    () => null,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(AppError);
  const { code, message } = error as AppError;
  return { code, message };
}

describe("import --as", () => {
  const importAs = (email: string, ...more: string[]) => importCommand(["--project", String(fixture.projectId), "--as", email, ...more, article]);

  it("refuses a member without the manager role, as the API does", async () => {
    const refusal = await cliRefusal(importAs(fixture.alice.email));
    expect(refusal).toEqual(await httpRefusal(fixture.alice, httpImport));
    expect(refusal.code).toBe("forbidden");
  });

  it("refuses a user outside the project with the API's 404", async () => {
    const refusal = await cliRefusal(importAs(outsider.email));
    expect(refusal).toEqual(await httpRefusal(outsider, httpImport));
    expect(refusal.code).toBe("not_found");
  });

  it("refuses an --annotator who is no annotator of the project, and a disabled or unknown --as", async () => {
    const refusal = await cliRefusal(importAs(manager.email, "--annotator", outsider.email));
    expect(refusal).toMatchObject({ code: "unprocessable", message: `User ${outsider.id} is not an annotator of this project` });
    await expect(importAs(disabled.email)).rejects.toThrowError(`No enabled account with the email ${disabled.email}`);
    await expect(importAs("nobody@test.example")).rejects.toThrowError("No enabled account with the email nobody@test.example");
  });

  it("imports as a manager", async () => {
    await importAs(manager.email);
    expect(console.log).toHaveBeenCalledWith("Imported 1, duplicates 0, errors 0.");
  });
});

describe("export --as", () => {
  const exportAs = (email: string, out = path.join(folder, `${email}.jsonl`)) =>
    exportCommand(["--project", String(fixture.projectId), "--format", "jsonl", "--out", out, "--as", email]);

  it("refuses an annotator and an outsider as the API does, writing no file", async () => {
    for (const caller of [fixture.alice, outsider]) {
      const out = path.join(folder, `refused-${caller.id}.jsonl`);
      const refusal = await cliRefusal(exportAs(caller.email, out));
      expect(refusal).toEqual(await httpRefusal(caller, httpExport));
      expect(() => readFileSync(out)).toThrowError(/ENOENT/);
    }
  });

  it("refuses a disabled account, and exports for a reviewer", async () => {
    await expect(exportAs(disabled.email)).rejects.toThrowError(`No enabled account with the email ${disabled.email}`);
    const out = path.join(folder, "reviewer.jsonl");
    await exportAs(fixture.reviewer.email, out);
    expect(readFileSync(out, "utf8")).toContain(JSON.stringify(exportText));
  });
});

describe("commands that act on the database as its operator", () => {
  // They take no account, so none may look as if it ran with a user's rights.
  it.each([
    ["backup", backupCommand, ["--out", "copy.db"]],
    ["restore", restoreCommand, ["--from", "copy.db"]],
    ["db:copy", dbCopyCommand, ["--from", "a.db", "--to", "b.db"]],
  ] as const)("%s refuses --as", async (_name, command, args) => {
    await expect(command([...args, "--as", manager.email])).rejects.toThrowError(/Unknown option '--as'/);
  });
});

/** Runs the command line as `npm run claimdesk` does, on this test's database. */
function claimdesk(...args: string[]): { status: number | null; stderr: string } {
  const run = spawnSync(path.join(process.cwd(), "node_modules", ".bin", "tsx"), ["--conditions=react-server", "scripts/claimdesk.ts", ...args], {
    env: { ...process.env },
    encoding: "utf8",
    timeout: 60_000,
  });
  return { status: run.status, stderr: run.stderr.trim() };
}

describe("the command line's own process", { timeout: 120_000 }, () => {
  it("ends a refused import or export with exit code 1 and the API's message as its one line", async () => {
    const project = String(fixture.projectId);
    const imported = claimdesk("import", "--project", project, "--as", fixture.alice.email, article);
    expect(imported).toEqual({ status: 1, stderr: (await httpRefusal(fixture.alice, httpImport)).message });
    const exported = claimdesk("export", "--project", project, "--format", "jsonl", "--as", outsider.email);
    expect(exported).toEqual({ status: 1, stderr: (await httpRefusal(outsider, httpExport)).message });
    const created = claimdesk("user:create", "--email", "new@test.example", "--password", "long-enough-password", "--as", manager.email);
    expect(created.status).toBe(1);
    expect(created.stderr).toMatch(/Unknown option '--as'/);
  });
});
