import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { type Engine, migrateEngine, openEngine, useEngine } from "@/db/client";
import { annotations, events } from "@/db/schema";
import type { Caller } from "@/lib/server/auth/caller";
import { insertTestDocument, setUpAnnotationProject } from "@/lib/server/annotations/annotation-test-fixtures";
import { createSpan } from "@/lib/server/annotations/create-span";
import { deleteSpan } from "@/lib/server/annotations/delete-span";
import { updateSpan } from "@/lib/server/annotations/update-span";
import { errorResponse } from "@/lib/server/http/error-response";
import { databaseUrl } from "@/lib/server/testing/postgres-test-server";
import { type SpanWriter, writeClaims } from "@/scripts/testing/claim-writer";
import { findPostgresBinaries, startPostgresCluster, type TestPostgresCluster } from "@/scripts/testing/postgres-cluster";
import { createDatabase } from "@/scripts/testing/postgres-test-databases";
import { consistencyProblems, SpanWriteLedger, type StoredSpan } from "@/scripts/testing/span-write-ledger";

// The suite's server is shared with every other test file: this one kills a cluster of its own.
let cluster: TestPostgresCluster;
let engine: Engine;
let fixture: Awaited<ReturnType<typeof setUpAnnotationProject>>;
const poolSize = 5;

beforeAll(async () => {
  const binaries = findPostgresBinaries();
  if (!binaries) throw new Error("This test stops and starts a PostgreSQL server of its own: it needs PostgreSQL's initdb and pg_ctl");
  cluster = await startPostgresCluster(binaries, { durableCommits: true });
  await createDatabase(cluster.url, "claimdesk");
  engine = openEngine(databaseUrl(cluster.url, "claimdesk"), { poolSize });
  await migrateEngine(engine);
  useEngine(engine);
  fixture = await setUpAnnotationProject(engine.db);
}, 120_000);

afterAll(async () => {
  await engine?.close();
  cluster?.stop();
});

const text = (n: number) => `Präsident Tokajew sagte: Kasachstan unterstützt die Sanktionen. (${n})`;
const tokajew = { start: 10, end: 17, quote: "Tokajew" };
const sanctions = { start: 25, end: 62, quote: "Kasachstan unterstützt die Sanktionen" };

/** A client writing its own document through the services, as a route handler calls them. */
function serviceWriter(caller: Caller, documentId: number): SpanWriter {
  return {
    createMention: () => createSpan({ caller, documentId, span: { layer: "entity", ...tokajew, entityTypeId: fixture.personTypeId } }),
    createClaim: ({ claimantMentionId, stance }) =>
      createSpan({ caller, documentId, span: { layer: "claim", ...sanctions, claimId: fixture.claimId, stance, claimantMentionId } }),
    setStance: (span, stance) => updateSpan({ caller, spanId: span.id, version: span.version, patch: { stance } }),
    deleteSpan: (span) => deleteSpan({ caller, spanId: span.id, version: span.version }),
  };
}

async function storedSpans(documentId: number): Promise<StoredSpan[]> {
  const rows = await engine.db.select().from(annotations).where(eq(annotations.documentId, documentId));
  return rows.map((row) => ({ ...row, deleted: row.deletedAt !== null }));
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function answerOf(error: unknown): Promise<{ status: number; code: unknown }> {
  const response = errorResponse(error);
  const body = (await response.json()) as { error: { code: unknown } };
  return { status: response.status, code: body.error.code };
}

describe("PostgreSQL lost in the middle of a run", () => {
  it("answers 503 while the server is down, reconnects by itself once it is back, and keeps every acknowledged write", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    const clients = await Promise.all(
      Array.from({ length: 10 }, async (_, n) => {
        const caller = n % 2 === 0 ? fixture.alice : fixture.bob;
        const documentId = await insertTestDocument(engine.db, fixture.projectId, text(n));
        return { caller, documentId, ledger: new SpanWriteLedger() };
      }),
    );
    // The document of the calls around the restart, stored while the server is up.
    const recovery = { caller: fixture.alice, documentId: await insertTestDocument(engine.db, fixture.projectId, text(99)) };
    const runs = clients.map((client) => writeClaims(serviceWriter(client.caller, client.documentId), client.ledger, () => false));
    const acknowledged = () => clients.reduce((sum, client) => sum + client.ledger.writes, 0);
    while (acknowledged() < 120) await pause(5);

    cluster.kill();
    const failures = await Promise.all(runs);
    const writesBeforeTheLoss = acknowledged();
    // Each client stopped at a write that failed; every such failure, and a call made while the
    // server is down, answers 503 `unavailable`, never 500.
    const mention = { layer: "entity" as const, ...tokajew, entityTypeId: fixture.personTypeId };
    const whileDown = await createSpan({ ...recovery, span: mention }).catch((error: unknown) => error);
    for (const failure of [...failures, whileDown]) {
      expect(failure).toBeInstanceOf(Error);
      expect(await answerOf(failure)).toEqual({ status: 503, code: "unavailable" });
    }

    cluster.restart();
    // The same engine, without reopening: its pool replaces the connections the server dropped.
    const first = await createSpan({ ...recovery, span: mention });
    expect(first).toMatchObject({ version: 1, documentId: recovery.documentId });
    // None of the pool's connections stayed behind with the lost server: all of them at once take a
    // transaction (a connection held for good would leave one waiting until its connect timeout).
    await allConnectionsAtOnce(poolSize);

    const eventRows = await engine.db.select().from(events).where(eq(events.subjectType, "annotation"));
    const spanEvents = eventRows.map((event) => ({ ...event, unlinkedClaimantOf: unlinkedBy(event.after) }));
    const everySpan: StoredSpan[] = [];
    for (const client of clients) {
      const stored = await storedSpans(client.documentId);
      expect(client.ledger.mismatches(stored), `document ${client.documentId}`).toEqual([]);
      everySpan.push(...stored);
    }
    everySpan.push(...(await storedSpans(recovery.documentId)));
    expect(consistencyProblems(everySpan, spanEvents)).toEqual([]);
    expect(writesBeforeTheLoss).toBeGreaterThanOrEqual(120);
  }, 120_000);
});

async function allConnectionsAtOnce(count: number): Promise<void> {
  let begun = 0;
  let everyoneIn = () => {};
  const allBegun = new Promise<void>((resolve) => {
    everyoneIn = resolve;
  });
  await Promise.all(
    Array.from({ length: count }, () =>
      engine.db.transaction(async (tx) => {
        await tx.execute(sql`select 1`);
        begun += 1;
        if (begun === count) everyoneIn();
        await allBegun;
      }),
    ),
  );
}

function unlinkedBy(after: unknown): number[] {
  if (typeof after !== "object" || after === null || !("unlinkedClaimantOf" in after)) return [];
  return Array.isArray(after.unlinkedClaimantOf) ? after.unlinkedClaimantOf.filter((id): id is number => typeof id === "number") : [];
}
