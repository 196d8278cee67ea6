import { expect, test } from "@playwright/test";
import { writeClaims } from "../scripts/testing/claim-writer";
import { consistencyProblems, SpanWriteLedger } from "../scripts/testing/span-write-ledger";
import type { CrashEngine } from "./support/crash-database";
import {
  type CrashableApp,
  clientText,
  createCrashProject,
  createToken,
  httpSpanWriter,
  RefusedWrite,
  signedInContext,
  spanEvents,
  startCrashableApp,
  storedSpans,
} from "./support/crash-workspace";
import { json } from "./support/review-project";
import { demoUsers } from "./support/users";

/**
 * The server killed with SIGKILL in the middle of writes, as a crash or the out-of-memory killer
 * would, then started again on the same database: every write that was answered with success is
 * stored exactly as answered, none is half-applied, and an import cut off mid-file left nothing.
 * Runs on SQLite in the "chromium" project and on PostgreSQL in the "postgres" one.
 */
const clients = 20;
const basePort = Number(process.env.E2E_PORT ?? 3100);

const until = async (condition: () => Promise<boolean> | boolean, what: string, timeoutMs = 30_000) => {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
};

test.describe("crash recovery", () => {
  let crashable: CrashableApp;
  let engine: CrashEngine;

  test.beforeAll(async ({}, testInfo) => {
    test.setTimeout(240_000);
    engine = testInfo.project.name === "postgres" ? "postgres" : "sqlite";
    crashable = await startCrashableApp(engine, basePort + (engine === "postgres" ? 61 : 60));
  });

  test.afterAll(async () => {
    await crashable?.dispose();
  });

  test("a server killed while 20 clients write keeps every acknowledged write, whole", async ({ playwright }) => {
    test.setTimeout(240_000);
    const baseURL = () => crashable.app.baseURL;
    const admin = await signedInContext(playwright, baseURL(), demoUsers.admin);
    const ids = await createCrashProject(admin);
    // Two sign-ins (the throttle allows no burst of them), then a token of its own for each client.
    const sessions = [await signedInContext(playwright, baseURL(), demoUsers.alice), await signedInContext(playwright, baseURL(), demoUsers.bob)];
    const writers = await Promise.all(
      Array.from({ length: clients }, async (_, n) => {
        const token = await createToken(sessions[n % 2]!);
        const imported = await json<{ imported: { id: number }[] }>(
          await admin.post(`/api/projects/${ids.projectId}/documents`, { data: { documents: [{ title: `Crash ${n}`, text: clientText(n) }] } }),
          200,
        );
        const documentId = imported.imported[0]!.id;
        const api = await playwright.request.newContext({ baseURL: baseURL(), extraHTTPHeaders: { authorization: `Bearer ${token}` } });
        return { api, documentId, token, ledger: new SpanWriteLedger() };
      }),
    );
    await Promise.all([admin, ...sessions].map((context) => context.dispose()));

    const runs = writers.map((writer) => writeClaims(httpSpanWriter(writer.api, writer.documentId, ids), writer.ledger, () => false));
    const acknowledged = () => writers.reduce((sum, writer) => sum + writer.ledger.writes, 0);
    await until(() => acknowledged() >= 200, "200 writes are acknowledged", 120_000);
    // The kill lands while a transaction holds writes it has not committed.
    await until(() => crashable.db.writeInProgress(), "a write is in progress");
    await crashable.app.kill();
    const failures = await Promise.all(runs);
    const beforeTheKill = acknowledged();
    // Each client ran until its connection broke: no write was refused by a working server.
    for (const failure of failures) {
      expect(failure).toBeInstanceOf(Error);
      expect(failure).not.toBeInstanceOf(RefusedWrite);
    }

    await crashable.restart();
    expect(await crashable.db.integrityProblems()).toEqual([]);
    const stored = await storedSpans(crashable.db, ids.projectId);
    for (const writer of writers) {
      expect(writer.ledger.mismatches(stored.get(writer.documentId) ?? []), `document ${writer.documentId}`).toEqual([]);
    }
    expect(consistencyProblems([...stored.values()].flat(), await spanEvents(crashable.db, ids.projectId))).toEqual([]);

    // The restarted server serves the same tokens, and the clients carry on where they stopped.
    for (const writer of writers) await writer.api.dispose();
    const again = await playwright.request.newContext({ baseURL: baseURL(), extraHTTPHeaders: { authorization: `Bearer ${writers[0]!.token}` } });
    const ledger = new SpanWriteLedger();
    let rounds = 0;
    expect(await writeClaims(httpSpanWriter(again, writers[0]!.documentId, ids), ledger, () => ++rounds > 3)).toBeNull();
    expect(ledger.writes).toBe(3 * 3 + 2);
    await again.dispose();
    expect(beforeTheKill).toBeGreaterThanOrEqual(200);
  });

  test("an import cut off by the kill leaves nothing of its file", async ({ playwright }) => {
    test.setTimeout(240_000);
    const admin = await signedInContext(playwright, crashable.app.baseURL, demoUsers.admin);
    const { projectId } = await createCrashProject(admin);
    // Enough articles that storing them takes a while, each marked as this file's.
    const lines = Array.from({ length: 4000 }, (_, n) =>
      JSON.stringify({ externalId: `cut-${n}`, title: `Cut ${n}`, text: `Article ${n} of the interrupted import. ${"Kazakhstan supports the sanctions. ".repeat(120)}` }),
    );
    const upload = admin
      .post(`/api/projects/${projectId}/documents`, {
        multipart: { files: { name: "interrupted.jsonl", mimeType: "application/x-ndjson", buffer: Buffer.from(lines.join("\n")) } },
        timeout: 120_000,
      })
      .then(
        (response) => `answered ${response.status()}`,
        (error: unknown) => `cut off: ${String(error)}`,
      );
    await until(() => crashable.db.writeInProgress(), "the import is storing its documents", 120_000);
    await crashable.app.kill();
    expect(await upload).toMatch(/^cut off/);
    await admin.dispose();

    await crashable.restart();
    expect(await crashable.db.integrityProblems()).toEqual([]);
    const [row] = await crashable.db.rows<{ n: number | string }>("SELECT count(*) AS n FROM documents WHERE project_id = ?", projectId);
    expect(Number(row!.n)).toBe(0);
    const [events] = await crashable.db.rows<{ n: number | string }>(
      "SELECT count(*) AS n FROM events WHERE project_id = ? AND action LIKE 'document.%'",
      projectId,
    );
    expect(Number(events!.n)).toBe(0);

    // The same file imports whole on the restarted server.
    const retry = await signedInContext(playwright, crashable.app.baseURL, demoUsers.admin);
    const report = await json<{ imported: unknown[]; errors: unknown[] }>(
      await retry.post(`/api/projects/${projectId}/documents`, {
        multipart: { files: { name: "interrupted.jsonl", mimeType: "application/x-ndjson", buffer: Buffer.from(lines.join("\n")) } },
        timeout: 120_000,
      }),
      200,
    );
    expect(report.errors).toEqual([]);
    expect(report.imported).toHaveLength(lines.length);
    await retry.dispose();
  });
});
