import { beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
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
beforeAll(() => {
  db = useTestDatabase();
});

const code = (code: string) => expect.objectContaining({ code });

const setUp = (settings: { preacceptUnanimous?: boolean; annotatorsPerDocument?: number } = {}, submit = true) =>
  setUpDisputedDocument(db, settings, submit);

const actionsFor = (documentId: number) =>
  db
    .select({ action: events.action })
    .from(events)
    .where(and(eq(events.subjectType, "document"), eq(events.subjectId, documentId)))
    .all()
    .map((e) => e.action);

describe("reading a review", () => {
  it("shows the submitted sets grouped into agreed, disputed and single candidates", () => {
    const { reviewer, documentId, alice, bob } = setUp();
    const review = getDocumentReview({ caller: reviewer, documentId });
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

  it("answers annotators with 403 and outsiders with 404", () => {
    const { alice, documentId } = setUp();
    const outsider = setUpAnnotationProject(db).alice;
    expect(() => getDocumentReview({ caller: alice, documentId })).toThrowError(code("forbidden"));
    expect(() => startReview({ caller: alice, documentId })).toThrowError(code("forbidden"));
    expect(() => getDocumentReview({ caller: outsider, documentId })).toThrowError(code("not_found"));
  });
});

describe("starting a review", () => {
  it("refuses with 409 until enough annotators submitted, unless forced", () => {
    const { reviewer, documentId, alice } = setUp({ annotatorsPerDocument: 2 }, false);
    submitDocument({ caller: alice, documentId });
    expect(() => startReview({ caller: reviewer, documentId })).toThrowError(
      expect.objectContaining({ code: "conflict", message: expect.stringMatching(/Only 1 of 2 annotators/) }),
    );
    const review = startReview({ caller: reviewer, documentId, force: true });
    expect(review.review.status).toBe("in_review");
    expect(review.candidates.every((c) => c.status === "single")).toBe(true);
  });

  it("pre-accepts agreed candidates once, with provenance, when the project says so", () => {
    const { reviewer, documentId, spans } = setUp({ preacceptUnanimous: true });
    const review = startReview({ caller: reviewer, documentId });
    expect(review.gold).toHaveLength(1);
    expect(review.gold[0]).toMatchObject({
      ...tokajew,
      origin: "adjudication",
      authorId: reviewer.id,
      sourceAnnotationIds: [spans.aliceTokajew.id, spans.bobTokajew.id],
    });
    expect(review.candidates[0]!.decision).toEqual({ kind: "accepted", goldSpanIds: [review.gold[0]!.id] });
    expect(startReview({ caller: reviewer, documentId }).gold).toHaveLength(1);
    expect(actionsFor(documentId)).toEqual(["review.start"]);
  });

  it("keeps an agreed claimant mention, pointing at the gold copy of the mention", () => {
    const project = setUpAnnotationProject(db);
    const { alice, bob, personTypeId, claimId, projectId } = project;
    const documentId = insertTestDocument(db, projectId, disputedText);
    const reviewer = insertTestMember(db, projectId, "reviewer");
    for (const caller of [alice, bob]) {
      const mention = createSpan({ caller, documentId, span: { ...tokajew, entityTypeId: personTypeId } });
      createSpan({ caller, documentId, span: { ...claimSpan, claimId, stance: "favor", claimantMentionId: mention.id } });
      submitDocument({ caller, documentId });
    }
    const { gold, candidates } = startReview({ caller: reviewer, documentId });
    expect(candidates.map((c) => c.status)).toEqual(["agreed", "agreed"]);
    const goldMention = gold.find((g) => g.layer === "entity");
    expect(gold.find((g) => g.layer === "claim")?.claimantMentionId).toBe(goldMention?.id);
  });

  it("pre-accepts nothing when the setting is off", () => {
    const { reviewer, documentId } = setUp({ preacceptUnanimous: false });
    expect(startReview({ caller: reviewer, documentId }).gold).toEqual([]);
  });
});

describe("deciding candidates", () => {
  it("accepts an annotator's version as a gold span that lists every identical span", () => {
    const { reviewer, documentId, spans, claimId } = setUp({ preacceptUnanimous: false });
    startReview({ caller: reviewer, documentId });
    const gold = createGoldSpan({ caller: reviewer, documentId, input: { fromAnnotationId: spans.bobClaim.id } });
    expect(gold).toMatchObject({ ...claimSpan, claimId, stance: "against", origin: "adjudication", sourceAnnotationIds: [spans.bobClaim.id] });
    const agreed = createGoldSpan({ caller: reviewer, documentId, input: { fromAnnotationId: spans.aliceTokajew.id } });
    expect(agreed.sourceAnnotationIds).toEqual([spans.aliceTokajew.id, spans.bobTokajew.id]);
    expect(() => createGoldSpan({ caller: reviewer, documentId, input: { fromAnnotationId: spans.bobTokajew.id } })).toThrowError(
      code("conflict"),
    );
    const decisions = getDocumentReview({ caller: reviewer, documentId }).candidates.map((c) => c.decision.kind);
    expect(decisions).toEqual(["accepted", "accepted", "pending"]);
  });

  it("accepts with edits, validating the quote, and adds new spans", () => {
    const { reviewer, documentId, spans } = setUp({ preacceptUnanimous: false });
    startReview({ caller: reviewer, documentId });
    expect(() =>
      createGoldSpan({ caller: reviewer, documentId, input: { fromAnnotationId: spans.aliceClaim.id, start: 26 } }),
    ).toThrowError(code("unprocessable"));
    const edited = createGoldSpan({
      caller: reviewer,
      documentId,
      input: { fromAnnotationId: spans.aliceClaim.id, stance: "neutral", start: 25, end: 62, quote: claimSpan.quote.slice(0, -1) },
    });
    expect(edited).toMatchObject({ stance: "neutral", end: 62, sourceAnnotationIds: [spans.aliceClaim.id] });
    const added = createGoldSpan({
      caller: reviewer,
      documentId,
      input: { layer: "entity", start: 0, end: 9, quote: "Präsident", entityTypeId: spans.aliceTokajew.entityTypeId },
    });
    expect(added).toMatchObject({ start: 0, end: 9, sourceAnnotationIds: [] });
    expect(() => createGoldSpan({ caller: reviewer, documentId, input: { fromAnnotationId: 999_999 } })).toThrowError(code("not_found"));
  });

  it("rejects, withdraws a rejection and undoes an acceptance, all logged", () => {
    const { reviewer, documentId, spans } = setUp({ preacceptUnanimous: false });
    startReview({ caller: reviewer, documentId });
    rejectCandidate({ caller: reviewer, documentId, candidateKey: "entity:64-70" });
    const decisionOf = (key: string) => getDocumentReview({ caller: reviewer, documentId }).candidates.find((c) => c.key === key)?.decision;
    expect(decisionOf("entity:64-70")).toEqual({ kind: "rejected" });
    expect(getDocumentReview({ caller: reviewer, documentId }).gold).toEqual([]);
    withdrawRejection({ caller: reviewer, documentId, candidateKey: "entity:64-70" });
    expect(decisionOf("entity:64-70")).toEqual({ kind: "pending" });
    expect(() => rejectCandidate({ caller: reviewer, documentId, candidateKey: "entity:1-2" })).toThrowError(code("not_found"));

    const gold = createGoldSpan({ caller: reviewer, documentId, input: { fromAnnotationId: spans.aliceClaim.id } });
    expect(() => rejectCandidate({ caller: reviewer, documentId, candidateKey: "claim:25-63" })).toThrowError(code("conflict"));
    deleteGoldSpan({ caller: reviewer, documentId, spanId: gold.id });
    expect(decisionOf("claim:25-63")).toEqual({ kind: "pending" });
    expect(() => deleteGoldSpan({ caller: reviewer, documentId, spanId: spans.aliceClaim.id })).toThrowError(code("not_found"));
    expect(actionsFor(documentId)).toEqual(["review.start", "review.reject", "review.unreject"]);
    const goldActions = db.select({ action: events.action }).from(events).where(eq(events.subjectId, gold.id)).all();
    expect(goldActions.map((e) => e.action)).toEqual(expect.arrayContaining(["gold.create", "gold.delete"]));
  });

  it("refuses gold changes before the review starts and after it is finished", () => {
    const { reviewer, documentId, spans } = setUp({ preacceptUnanimous: false });
    expect(() => createGoldSpan({ caller: reviewer, documentId, input: { fromAnnotationId: spans.aliceClaim.id } })).toThrowError(
      code("conflict"),
    );
    startReview({ caller: reviewer, documentId });
    finishReview({ caller: reviewer, documentId });
    expect(() => rejectCandidate({ caller: reviewer, documentId, candidateKey: "entity:64-70" })).toThrowError(code("conflict"));
  });
});

describe("finishing and reopening", () => {
  it("finishes with notes, reopens, and logs both", () => {
    const { reviewer, documentId, alice } = setUp();
    startReview({ caller: reviewer, documentId });
    const finished = finishReview({ caller: reviewer, documentId, notes: "Stance follows the guidelines, §3." });
    expect(finished.review).toMatchObject({ status: "adjudicated", notes: "Stance follows the guidelines, §3.", reviewer: { id: reviewer.id } });
    expect(() => finishReview({ caller: reviewer, documentId })).toThrowError(code("conflict"));
    expect(() => reopenReview({ caller: alice, documentId })).toThrowError(code("forbidden"));
    expect(reopenReview({ caller: reviewer, documentId }).review.status).toBe("in_review");
    expect(actionsFor(documentId)).toEqual(["review.start", "document.adjudicate", "review.reopen"]);
  });

  it("lets managers adjudicate too", () => {
    const { documentId, projectId } = setUp();
    const manager = insertTestMember(db, projectId, "manager");
    expect(startReview({ caller: manager, documentId }).review.status).toBe("in_review");
  });
});
