import { and, eq } from "drizzle-orm";
import type { NextRequest } from "next/server";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Db } from "@/db/client";
import { annotations, documentLabels, idempotentAnswers, suggestionDecisions } from "@/db/schema";
import { insertTestDocument, setUpAnnotationProject } from "@/lib/server/annotations/annotation-test-fixtures";
import { actAs } from "@/lib/server/testing/test-caller";
import { useTestDatabase } from "@/lib/server/testing/test-database";

vi.mock("@/lib/server/auth/caller", () => import("@/lib/server/testing/test-caller"));

// The workspace's writes, through their routes, as the browser sends them.
const spans = await import("@/app/api/documents/[documentId]/annotations/route");
const span = await import("@/app/api/annotations/[annotationId]/route");
const restore = await import("@/app/api/annotations/[annotationId]/restore/route");
const labels = await import("@/app/api/documents/[documentId]/labels/route");
const decisions = await import("@/app/api/documents/[documentId]/suggestion-decisions/route");

let db: Db;
beforeAll(async () => {
  db = await useTestDatabase();
});

const text = "Präsident Tokajew sagte: Kasachstan unterstützt die Sanktionen.";

async function setUp() {
  const project = await setUpAnnotationProject(db);
  const documentId = await insertTestDocument(db, project.projectId, text);
  actAs(project.alice);
  return { ...project, documentId };
}

type Handler<P> = (request: NextRequest, context: { params: Promise<P> }) => Promise<Response>;

function send<P>(handler: Handler<P>, method: string, path: string, params: P, options: { key?: string; body?: unknown } = {}) {
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (options.key !== undefined) headers["idempotency-key"] = options.key;
  const request = new Request(`http://localhost${path}`, {
    method,
    headers,
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
  return handler(request as unknown as NextRequest, { params: Promise.resolve(params) });
}

const mention = { layer: "entity", start: 10, end: 17, quote: "Tokajew" };

function createSpan(documentId: number, personTypeId: number, key?: string) {
  const path = `/api/documents/${documentId}/annotations`;
  return send(spans.POST, "POST", path, { documentId: String(documentId) }, { key, body: { ...mention, entityTypeId: personTypeId } });
}

async function liveSpans(documentId: number) {
  return db.select({ id: annotations.id }).from(annotations).where(and(eq(annotations.documentId, documentId), eq(annotations.set, "annotator")));
}

describe("writes sent again with their Idempotency-Key", () => {
  it("answer a creation whose answer was lost with the span it made, and store it once", async () => {
    const { documentId, personTypeId } = await setUp();
    const first = await createSpan(documentId, personTypeId, "create-0001");
    const again = await createSpan(documentId, personTypeId, "create-0001");
    expect([first.status, again.status]).toEqual([201, 201]);
    expect(first.headers.get("idempotent-replayed")).toBeNull();
    expect(again.headers.get("idempotent-replayed")).toBe("true");
    const created = (await first.json()) as { id: number };
    expect(await again.json()).toEqual(created);
    expect(await liveSpans(documentId)).toEqual([{ id: created.id }]);
    // Without a key, the same body is a second span, as an annotator marking the words twice wants.
    expect((await createSpan(documentId, personTypeId)).status).toBe(201);
    expect(await liveSpans(documentId)).toHaveLength(2);
  });

  it("store one span for creations sent at once with one key, each answered with it", async () => {
    const { documentId, personTypeId } = await setUp();
    const answers = await Promise.all([1, 2, 3].map(() => createSpan(documentId, personTypeId, "create-at-once")));
    expect(answers.map((answer) => answer.status)).toEqual([201, 201, 201]);
    const ids = await Promise.all(answers.map(async (answer) => ((await answer.json()) as { id: number }).id));
    const [stored] = await liveSpans(documentId);
    expect(ids).toEqual([stored!.id, stored!.id, stored!.id]);
    expect(await liveSpans(documentId)).toHaveLength(1);
  });

  it("answer an edit, a removal and a restore as the first time, where a stale version would be 409", async () => {
    const { documentId, personTypeId } = await setUp();
    const { id } = (await (await createSpan(documentId, personTypeId)).json()) as { id: number };
    const path = `/api/annotations/${id}`;
    const params = { annotationId: String(id) };
    const edit = () => send(span.PATCH, "PATCH", path, params, { key: "edit-0001", body: { version: 1, note: "quoted" } });
    const edited = await edit();
    const editedAgain = await edit();
    expect([edited.status, editedAgain.status]).toEqual([200, 200]);
    expect(await editedAgain.json()).toEqual(await edited.json());
    // The same edit without its key is stale now.
    expect((await send(span.PATCH, "PATCH", path, params, { body: { version: 1, note: "quoted" } })).status).toBe(409);

    const remove = () => send(span.DELETE, "DELETE", `${path}?version=2`, params, { key: "remove-0001" });
    expect([(await remove()).status, (await remove()).status]).toEqual([204, 204]);
    const bringBack = () => send(restore.POST, "POST", `${path}/restore`, params, { key: "restore-0001", body: { version: 2 } });
    const restored = await bringBack();
    const restoredAgain = await bringBack();
    expect([restored.status, restoredAgain.status]).toEqual([200, 200]);
    expect(await restoredAgain.json()).toEqual(await restored.json());
    const [row] = await db.select().from(annotations).where(eq(annotations.id, id));
    // One restore, one version more.
    expect(row).toMatchObject({ note: "quoted", version: 3, deletedAt: null });
  });

  it("store a document stance and a suggestion decision once", async () => {
    const { documentId, claimId } = await setUp();
    const params = { documentId: String(documentId) };
    const setStance = () =>
      send(labels.PUT, "PUT", `/api/documents/${documentId}/labels`, params, { key: "stance-0001", body: { claimId, stance: "favor" } });
    const set = await setStance();
    const setAgain = await setStance();
    expect([set.status, setAgain.status]).toEqual([200, 200]);
    expect(await setAgain.json()).toEqual(await set.json());
    expect(await db.select().from(documentLabels).where(eq(documentLabels.documentId, documentId))).toHaveLength(1);

    const decision = { recommender: "string-matching", layer: "entity", start: 10, end: 17, quote: "Tokajew", label: "PER", score: 0.5, decision: "rejected" };
    const record = () => send(decisions.POST, "POST", `/api/documents/${documentId}/suggestion-decisions`, params, { key: "decision-0001", body: decision });
    const recorded = await record();
    const recordedAgain = await record();
    expect([recorded.status, recordedAgain.status]).toEqual([201, 201]);
    expect(await recordedAgain.json()).toEqual(await recorded.json());
    expect(await db.select().from(suggestionDecisions).where(eq(suggestionDecisions.documentId, documentId))).toHaveLength(1);
  });

  it("refuse a key used for another request (422) and a malformed key (400), storing nothing", async () => {
    const { documentId, personTypeId } = await setUp();
    const { id } = (await (await createSpan(documentId, personTypeId, "reused-0001")).json()) as { id: number };
    const reused = await send(span.PATCH, "PATCH", `/api/annotations/${id}`, { annotationId: String(id) }, {
      key: "reused-0001",
      body: { version: 1, note: "other" },
    });
    expect(reused.status).toBe(422);
    expect(((await reused.json()) as { error: { message: string } }).error.message).toContain(
      `This Idempotency-Key was used for another request (POST /api/documents/${documentId}/annotations)`,
    );
    const [row] = await db.select().from(annotations).where(eq(annotations.id, id));
    expect(row).toMatchObject({ note: "", version: 1 });

    for (const key of ["short", "with space in it", "x".repeat(129)]) {
      const refused = await createSpan(documentId, personTypeId, key);
      expect(refused.status).toBe(400);
      expect(((await refused.json()) as { error: { message: string } }).error.message).toContain("Idempotency-Key");
    }
    expect(await liveSpans(documentId)).toHaveLength(1);
  });

  it("keep each user's keys apart: another annotator's write under the same key is her own", async () => {
    const { documentId, personTypeId, alice, bob } = await setUp();
    const alices = (await (await createSpan(documentId, personTypeId, "shared-0001")).json()) as { id: number };
    actAs(bob);
    const bobs = await createSpan(documentId, personTypeId, "shared-0001");
    expect(bobs.status).toBe(201);
    expect(bobs.headers.get("idempotent-replayed")).toBeNull();
    expect(((await bobs.json()) as { id: number }).id).not.toBe(alices.id);
    const answers = await db.select({ userId: idempotentAnswers.userId }).from(idempotentAnswers).where(eq(idempotentAnswers.key, "shared-0001"));
    expect(answers.map((answer) => answer.userId).sort()).toEqual([alice.id, bob.id].sort());
  });
});
