import { and, eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { processEngineKind } from "@/db/engine-kind";
import { rowLockingTransaction } from "@/db/row-locking-transaction";
import { annotations, assignments, events } from "@/db/schema";
import { lockEditableAssignment } from "@/lib/server/assignments/work-assignment";
import { useTestDatabase } from "@/lib/server/testing/test-database";
import { insertTestDocument, setUpAnnotationProject } from "./annotation-test-fixtures";
import { createSpan } from "./create-span";
import { deleteSpan } from "./delete-span";
import { setDocumentLabel } from "./set-document-label";
import { submitDocument } from "./submit-document";
import { updateSpan } from "./update-span";

let db: Db;
beforeAll(async () => {
  db = await useTestDatabase();
});

const text = "Präsident Tokajew sagte: Kasachstan unterstützt die Sanktionen. Tokajewa? 托卡耶夫表示支持。";
const person = { start: 10, end: 17, quote: "Tokajew" };
const claimQuote = { start: 25, end: 63, quote: "Kasachstan unterstützt die Sanktionen." };

async function settled<T>(work: Promise<T>): Promise<{ ok: true; value: T } | { ok: false; code: unknown }> {
  try {
    return { ok: true, value: await work };
  } catch (error) {
    return { ok: false, code: error instanceof Error && "code" in error ? error.code : String(error) };
  }
}

describe("span writes running side by side", () => {
  it("undoes a row-locking transaction whole when it fails; on PostgreSQL runs it READ COMMITTED, the others SERIALIZABLE", async () => {
    const { alice, projectId } = await setUpAnnotationProject(db);
    const documentId = await insertTestDocument(db, projectId, text);
    const failing = rowLockingTransaction(async (tx) => {
      await lockEditableAssignment(tx, documentId, alice.id);
      throw new Error("after the first write");
    });
    await expect(failing).rejects.toThrow("after the first write");
    expect(await db.select().from(assignments).where(eq(assignments.documentId, documentId))).toEqual([]);
    if (processEngineKind() === "postgres") {
      const level = (tx: Db) => tx.execute(sql`SELECT current_setting('transaction_isolation') AS level`);
      expect((await rowLockingTransaction(level)).rows).toEqual([{ level: "read committed" }]);
      expect((await db.transaction(level)).rows).toEqual([{ level: "serializable" }]);
    }
  });

  it("makes one assignment when an annotator's first changes of a document arrive at once", async () => {
    const { alice, projectId, personTypeId, claimId } = await setUpAnnotationProject(db);
    const documentId = await insertTestDocument(db, projectId, text);
    const results = await Promise.all([
      ...Array.from({ length: 12 }, () => settled(createSpan({ caller: alice, documentId, span: { layer: "entity", ...person, entityTypeId: personTypeId } }))),
      settled(setDocumentLabel({ caller: alice, documentId, claimId, stance: "favor" })),
    ]);
    expect(results.every((result) => result.ok)).toBe(true);
    const made = await db.select().from(assignments).where(and(eq(assignments.documentId, documentId), eq(assignments.userId, alice.id)));
    expect(made).toEqual([expect.objectContaining({ status: "in_progress" })]);
    const created = await db.select({ id: events.id }).from(events).where(and(eq(events.action, "assignment.create"), eq(events.subjectId, made[0]?.id ?? 0)));
    expect(created).toHaveLength(1);
    const spans = await db.select({ id: annotations.id }).from(annotations).where(eq(annotations.documentId, documentId));
    expect(spans).toHaveLength(12);
  });

  it("either stores a span before the submission checks the set, or refuses it after", async () => {
    const { alice, projectId, claimId } = await setUpAnnotationProject(db);
    for (let round = 0; round < 8; round++) {
      const documentId = await insertTestDocument(db, projectId, `${text} (${round})`, `Article ${round}`);
      await createSpan({ caller: alice, documentId, span: { layer: "claim", ...claimQuote, claimId, stance: "favor" } });
      // A claim span without a stance makes the set incomplete: a submission must not pass it by.
      const [added, submitted] = await Promise.all([
        settled(createSpan({ caller: alice, documentId, span: { layer: "claim", ...claimQuote, claimId } })),
        settled(submitDocument({ caller: alice, documentId })),
      ]);
      const outcome = `${added.ok ? "added" : added.code}/${submitted.ok ? "submitted" : submitted.code}`;
      expect(["added/unprocessable", "conflict/submitted"]).toContain(outcome);
    }
  });

  it("applies one of three writes of the same version and refuses the others", async () => {
    const { alice, projectId, personTypeId } = await setUpAnnotationProject(db);
    const documentId = await insertTestDocument(db, projectId, text);
    const span = await createSpan({ caller: alice, documentId, span: { layer: "entity", ...person, entityTypeId: personTypeId } });
    const results = await Promise.all([
      settled(updateSpan({ caller: alice, spanId: span.id, version: span.version, patch: { note: "first" } })),
      settled(updateSpan({ caller: alice, spanId: span.id, version: span.version, patch: { note: "second" } })),
      settled(deleteSpan({ caller: alice, spanId: span.id, version: span.version })),
    ]);
    const outcomes = results.map((result) => (result.ok ? "ok" : result.code));
    // A losing edit answers 409; once the deletion has won, the span is gone to its author and edits answer 404.
    expect([
      ["ok", "conflict", "conflict"],
      ["conflict", "ok", "conflict"],
      ["not_found", "not_found", "ok"],
    ]).toContainEqual(outcomes);
    const [row] = await db.select().from(annotations).where(eq(annotations.id, span.id));
    expect(row?.version).toBe(row?.deletedAt === null ? span.version + 1 : span.version);
  });
});
