import { beforeAll, describe, expect, it } from "vitest";
import { and, asc, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { events } from "@/db/schema";
import { insertTestDocument, insertTestMember, setUpAnnotationProject } from "@/lib/server/annotations/annotation-test-fixtures";
import { createSpan } from "@/lib/server/annotations/create-span";
import { submitDocument } from "@/lib/server/annotations/submit-document";
import { useTestDatabase } from "@/lib/server/testing/test-database";
import { claimSpan, disputedText, setUpDisputedDocument, tokajew } from "./review-test-fixtures";
import { createGoldSpan } from "./decide-candidate";
import { deleteGoldSpan } from "./delete-gold-span";
import { finishReview } from "./finish-review";
import { getDocumentReview } from "./get-document-review";
import { rejectCandidate, withdrawRejection } from "./reject-candidate";
import { reopenReview } from "./reopen-review";
import { startReview } from "./start-review";

let db: Db;
beforeAll(async () => {
  db = await useTestDatabase();
});

const code = (code: string) => expect.objectContaining({ code });

const setUp = (settings: { preacceptUnanimous?: boolean; annotatorsPerDocument?: number } = {}, submit = true) =>
  setUpDisputedDocument(db, settings, submit);

const actionsFor = async (documentId: number) =>
  (
    await db
      .select({ action: events.action })
      .from(events)
      .where(and(eq(events.subjectType, "document"), eq(events.subjectId, documentId)))
      .orderBy(asc(events.id))
  ).map((e) => e.action);

describe("reading a review", () => {
  it("shows the submitted sets grouped into agreed, disputed and single candidates", async () => {
    const { reviewer, documentId, alice, bob } = await setUp();
    const review = await getDocumentReview({ caller: reviewer, documentId });
    expect(review.review.status).toBe("not_started");
    expect(review.readiness).toEqual({ submitted: 2, required: 2 });
    expect(review.annotators.map((a) => a.id)).toEqual([alice.id, bob.id]);
    expect(review.spans).toHaveLength(5);
    expect(review.candidates.map((c) => [c.key, c.status, c.versions.length])).toEqual([
      ["entity:10-17", "agreed", 1],
      ["claim:25-63", "disputed", 2],
      ["entity:64-70", "single", 1],
    ]);
    expect(review.labels.claims).toHaveLength(1);
  });

  it("answers annotators with 403 and outsiders with 404", async () => {
    const { alice, documentId } = await setUp();
    const outsider = (await setUpAnnotationProject(db)).alice;
    await expect(getDocumentReview({ caller: alice, documentId })).rejects.toThrowError(code("forbidden"));
    await expect(startReview({ caller: alice, documentId })).rejects.toThrowError(code("forbidden"));
    await expect(getDocumentReview({ caller: outsider, documentId })).rejects.toThrowError(code("not_found"));
  });
});

describe("starting a review", () => {
  it("refuses with 409 until enough annotators submitted, unless forced", async () => {
    const { reviewer, documentId, alice } = await setUp({ annotatorsPerDocument: 2 }, false);
    await submitDocument({ caller: alice, documentId });
    await expect(startReview({ caller: reviewer, documentId })).rejects.toThrowError(
      expect.objectContaining({ code: "conflict", message: expect.stringMatching(/Only 1 of 2 annotators/) }),
    );
    const review = await startReview({ caller: reviewer, documentId, force: true });
    expect(review.review.status).toBe("in_review");
    expect(review.candidates.every((c) => c.status === "single")).toBe(true);
  });

  it("pre-accepts agreed candidates once, with provenance, when the project says so", async () => {
    const { reviewer, documentId, spans } = await setUp({ preacceptUnanimous: true });
    const review = await startReview({ caller: reviewer, documentId });
    expect(review.gold).toHaveLength(1);
    expect(review.gold[0]).toMatchObject({
      ...tokajew,
      origin: "adjudication",
      authorId: reviewer.id,
      sourceAnnotationIds: [spans.aliceTokajew.id, spans.bobTokajew.id],
    });
    expect(review.candidates[0]!.decision).toEqual({ kind: "accepted", goldSpanIds: [review.gold[0]!.id] });
    expect((await startReview({ caller: reviewer, documentId })).gold).toHaveLength(1);
    expect(await actionsFor(documentId)).toEqual(["review.start"]);
  });

  it("opens once and pre-accepts once when reviewers start it at the same moment", async () => {
    const { reviewer, documentId, projectId } = await setUp({ preacceptUnanimous: true });
    const manager = await insertTestMember(db, projectId, "manager");
    const reviews = await Promise.all([reviewer, manager, reviewer, manager].map((caller) => startReview({ caller, documentId })));
    for (const review of reviews) expect(review.gold).toHaveLength(1);
    expect(new Set(reviews.map((review) => review.gold[0]!.id)).size).toBe(1);
    expect(await actionsFor(documentId)).toEqual(["review.start"]);
  });

  it("keeps an agreed claimant mention, pointing at the gold copy of the mention", async () => {
    const project = await setUpAnnotationProject(db);
    const { alice, bob, personTypeId, claimId, projectId } = project;
    const documentId = await insertTestDocument(db, projectId, disputedText);
    const reviewer = await insertTestMember(db, projectId, "reviewer");
    for (const caller of [alice, bob]) {
      const mention = await createSpan({ caller, documentId, span: { ...tokajew, entityTypeId: personTypeId } });
      await createSpan({ caller, documentId, span: { ...claimSpan, claimId, stance: "favor", claimantMentionId: mention.id } });
      await submitDocument({ caller, documentId });
    }
    const { gold, candidates } = await startReview({ caller: reviewer, documentId });
    expect(candidates.map((c) => c.status)).toEqual(["agreed", "agreed"]);
    const goldMention = gold.find((g) => g.layer === "entity");
    expect(gold.find((g) => g.layer === "claim")?.claimantMentionId).toBe(goldMention?.id);
  });

  it("pre-accepts nothing when the setting is off", async () => {
    const { reviewer, documentId } = await setUp({ preacceptUnanimous: false });
    expect((await startReview({ caller: reviewer, documentId })).gold).toEqual([]);
  });
});

describe("deciding candidates", () => {
  it("accepts an annotator's version as a gold span that lists every identical span", async () => {
    const { reviewer, documentId, spans, claimId } = await setUp({ preacceptUnanimous: false });
    await startReview({ caller: reviewer, documentId });
    const gold = await createGoldSpan({ caller: reviewer, documentId, input: { fromAnnotationId: spans.bobClaim.id } });
    expect(gold).toMatchObject({ ...claimSpan, claimId, stance: "against", origin: "adjudication", sourceAnnotationIds: [spans.bobClaim.id] });
    const agreed = await createGoldSpan({ caller: reviewer, documentId, input: { fromAnnotationId: spans.aliceTokajew.id } });
    expect(agreed.sourceAnnotationIds).toEqual([spans.aliceTokajew.id, spans.bobTokajew.id]);
    await expect(createGoldSpan({ caller: reviewer, documentId, input: { fromAnnotationId: spans.bobTokajew.id } })).rejects.toThrowError(
      code("conflict"),
    );
    const decisions = (await getDocumentReview({ caller: reviewer, documentId })).candidates.map((c) => c.decision.kind);
    expect(decisions).toEqual(["accepted", "accepted", "pending"]);
  });

  it("accepts a version once when two reviewers accept it at the same moment", async () => {
    const { reviewer, documentId, projectId, spans } = await setUp({ preacceptUnanimous: false });
    const manager = await insertTestMember(db, projectId, "manager");
    await startReview({ caller: reviewer, documentId });
    const accept = (caller: typeof reviewer) => createGoldSpan({ caller, documentId, input: { fromAnnotationId: spans.bobClaim.id } });
    const outcomes = await Promise.allSettled([accept(reviewer), accept(manager), accept(reviewer)]);
    expect(outcomes.filter((outcome) => outcome.status === "fulfilled")).toHaveLength(1);
    for (const outcome of outcomes) if (outcome.status === "rejected") expect(outcome.reason).toMatchObject({ code: "conflict" });
    expect((await getDocumentReview({ caller: reviewer, documentId })).gold).toHaveLength(1);
  });

  it("accepts with edits, validating the quote, and adds new spans", async () => {
    const { reviewer, documentId, spans } = await setUp({ preacceptUnanimous: false });
    await startReview({ caller: reviewer, documentId });
    await expect(
      createGoldSpan({ caller: reviewer, documentId, input: { fromAnnotationId: spans.aliceClaim.id, start: 26 } }),
    ).rejects.toThrowError(code("unprocessable"));
    const edited = await createGoldSpan({
      caller: reviewer,
      documentId,
      input: { fromAnnotationId: spans.aliceClaim.id, stance: "neutral", start: 25, end: 62, quote: claimSpan.quote.slice(0, -1) },
    });
    expect(edited).toMatchObject({ stance: "neutral", end: 62, sourceAnnotationIds: [spans.aliceClaim.id] });
    const added = await createGoldSpan({
      caller: reviewer,
      documentId,
      input: { layer: "entity", start: 0, end: 9, quote: "Präsident", entityTypeId: spans.aliceTokajew.entityTypeId },
    });
    expect(added).toMatchObject({ start: 0, end: 9, sourceAnnotationIds: [] });
    await expect(createGoldSpan({ caller: reviewer, documentId, input: { fromAnnotationId: 999_999 } })).rejects.toThrowError(code("not_found"));
  });

  it("rejects, withdraws a rejection and undoes an acceptance, all logged", async () => {
    const { reviewer, documentId, spans } = await setUp({ preacceptUnanimous: false });
    await startReview({ caller: reviewer, documentId });
    await rejectCandidate({ caller: reviewer, documentId, candidateKey: "entity:64-70" });
    const decisionOf = async (key: string) =>
      (await getDocumentReview({ caller: reviewer, documentId })).candidates.find((c) => c.key === key)?.decision;
    expect(await decisionOf("entity:64-70")).toEqual({ kind: "rejected" });
    expect((await getDocumentReview({ caller: reviewer, documentId })).gold).toEqual([]);
    await withdrawRejection({ caller: reviewer, documentId, candidateKey: "entity:64-70" });
    expect(await decisionOf("entity:64-70")).toEqual({ kind: "pending" });
    await expect(rejectCandidate({ caller: reviewer, documentId, candidateKey: "entity:1-2" })).rejects.toThrowError(code("not_found"));

    const gold = await createGoldSpan({ caller: reviewer, documentId, input: { fromAnnotationId: spans.aliceClaim.id } });
    await expect(rejectCandidate({ caller: reviewer, documentId, candidateKey: "claim:25-63" })).rejects.toThrowError(code("conflict"));
    await deleteGoldSpan({ caller: reviewer, documentId, spanId: gold.id });
    expect(await decisionOf("claim:25-63")).toEqual({ kind: "pending" });
    await expect(deleteGoldSpan({ caller: reviewer, documentId, spanId: spans.aliceClaim.id })).rejects.toThrowError(code("not_found"));
    expect(await actionsFor(documentId)).toEqual(["review.start", "review.reject", "review.unreject"]);
    const goldActions = await db.select({ action: events.action }).from(events).where(eq(events.subjectId, gold.id));
    expect(goldActions.map((e) => e.action)).toEqual(expect.arrayContaining(["gold.create", "gold.delete"]));
  });

  it("logs one rejection when a candidate is rejected twice at the same moment", async () => {
    const { reviewer, documentId } = await setUp({ preacceptUnanimous: false });
    await startReview({ caller: reviewer, documentId });
    const reject = () => rejectCandidate({ caller: reviewer, documentId, candidateKey: "entity:64-70" });
    expect(await Promise.all([reject(), reject()])).toEqual([
      { candidateKey: "entity:64-70", rejected: true },
      { candidateKey: "entity:64-70", rejected: true },
    ]);
    expect(await actionsFor(documentId)).toEqual(["review.start", "review.reject"]);
  });

  it("refuses gold changes before the review starts and after it is finished", async () => {
    const { reviewer, documentId, spans } = await setUp({ preacceptUnanimous: false });
    await expect(createGoldSpan({ caller: reviewer, documentId, input: { fromAnnotationId: spans.aliceClaim.id } })).rejects.toThrowError(
      code("conflict"),
    );
    await startReview({ caller: reviewer, documentId });
    await finishReview({ caller: reviewer, documentId });
    await expect(rejectCandidate({ caller: reviewer, documentId, candidateKey: "entity:64-70" })).rejects.toThrowError(code("conflict"));
  });

  it("never adds to a gold set that a finish running at the same moment made final", async () => {
    const { reviewer, documentId, spans } = await setUp({ preacceptUnanimous: false });
    await startReview({ caller: reviewer, documentId });
    const [accepted, finished] = await Promise.allSettled([
      createGoldSpan({ caller: reviewer, documentId, input: { fromAnnotationId: spans.bobClaim.id } }),
      finishReview({ caller: reviewer, documentId }),
    ]);
    expect(finished.status).toBe("fulfilled");
    const { gold } = await getDocumentReview({ caller: reviewer, documentId });
    // Either the acceptance came first and the finished set holds it, or it came after and was refused.
    if (accepted.status === "fulfilled") expect(gold.map((g) => g.id)).toEqual([accepted.value.id]);
    else expect([accepted.reason, gold]).toMatchObject([{ code: "conflict" }, []]);
  });
});

describe("finishing and reopening", () => {
  it("finishes with notes, reopens, and logs both", async () => {
    const { reviewer, documentId, alice } = await setUp();
    await startReview({ caller: reviewer, documentId });
    const finished = await finishReview({ caller: reviewer, documentId, notes: "Stance follows the guidelines, §3." });
    expect(finished.review).toMatchObject({ status: "adjudicated", notes: "Stance follows the guidelines, §3.", reviewer: { id: reviewer.id } });
    await expect(finishReview({ caller: reviewer, documentId })).rejects.toThrowError(code("conflict"));
    await expect(reopenReview({ caller: alice, documentId })).rejects.toThrowError(code("forbidden"));
    expect((await reopenReview({ caller: reviewer, documentId })).review.status).toBe("in_review");
    expect(await actionsFor(documentId)).toEqual(["review.start", "document.adjudicate", "review.reopen"]);
  });

  it("finishes once and reopens once when asked twice at the same moment", async () => {
    const { reviewer, documentId } = await setUp();
    await startReview({ caller: reviewer, documentId });
    const twice = async (step: () => Promise<unknown>) => {
      const outcomes = await Promise.allSettled([step(), step()]);
      expect(outcomes.map((outcome) => outcome.status).sort()).toEqual(["fulfilled", "rejected"]);
      expect(outcomes.find((outcome) => outcome.status === "rejected")).toMatchObject({ reason: { code: "conflict" } });
    };
    await twice(() => finishReview({ caller: reviewer, documentId }));
    await twice(() => reopenReview({ caller: reviewer, documentId }));
    expect(await actionsFor(documentId)).toEqual(["review.start", "document.adjudicate", "review.reopen"]);
  });

  it("lets managers adjudicate too", async () => {
    const { documentId, projectId } = await setUp();
    const manager = await insertTestMember(db, projectId, "manager");
    expect((await startReview({ caller: manager, documentId })).review.status).toBe("in_review");
  });
});
