import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { insertTestMember, setUpAnnotationProject } from "@/lib/server/annotations/annotation-test-fixtures";
import { useTestDatabase } from "@/lib/server/testing/test-database";
import { claimSpan, setUpDisputedDocument } from "./review-test-fixtures";
import { createGoldSpan } from "./decide-candidate";
import { finishReview } from "./finish-review";
import { type AnnotatorFeedback, getAnnotatorFeedback } from "./get-annotator-feedback";
import { listFeedbackDocuments } from "./list-feedback-documents";
import { rejectCandidate } from "./reject-candidate";
import { reopenReview } from "./reopen-review";
import { startReview } from "./start-review";

let db: Db;
beforeAll(async () => {
  db = await useTestDatabase();
});

const code = (code: string) => expect.objectContaining({ code });

/**
 * Alice and Bob agree on Tokajew and disagree on the claim's stance; only Alice marks Astana. The
 * reviewer keeps Tokajew, takes Bob's stance, rejects Astana and adds "Präsident", which nobody marked.
 */
async function setUp(options: { showGoldToAnnotators: boolean; finish?: boolean }) {
  const disputed = await setUpDisputedDocument(db, { showGoldToAnnotators: options.showGoldToAnnotators });
  const { documentId, reviewer, personTypeId, spans } = disputed;
  await startReview({ caller: reviewer, documentId });
  await createGoldSpan({ caller: reviewer, documentId, input: { fromAnnotationId: spans.bobClaim.id } });
  await rejectCandidate({ caller: reviewer, documentId, candidateKey: "entity:64-70" });
  await createGoldSpan({ caller: reviewer, documentId, input: { layer: "entity", start: 0, end: 9, quote: "Präsident", entityTypeId: personTypeId } });
  if (options.finish !== false) await finishReview({ caller: reviewer, documentId, notes: "Stance as in §3." });
  return disputed;
}

const lines = (feedback: AnnotatorFeedback) =>
  feedback.items.map((item) => {
    const span = [...feedback.gold, ...feedback.own].find((s) => s.id === (item.goldSpanId ?? item.ownSpanId));
    return [item.kind, span?.quote, item.differences];
  });

describe("annotator feedback", () => {
  it("shows an annotator the gold set and how her spans differ from it", async () => {
    const { alice, documentId, reviewer, claimId } = await setUp({ showGoldToAnnotators: true });
    const feedback = await getAnnotatorFeedback({ caller: alice, documentId });
    expect(feedback.review).toMatchObject({ reviewer: { id: reviewer.id }, notes: "Stance as in §3." });
    expect(feedback.gold.map((s) => s.quote)).toEqual(["Präsident", "Tokajew", claimSpan.quote]);
    expect(feedback.own.map((s) => s.quote)).toEqual(["Tokajew", claimSpan.quote, "Astana"]);
    expect(lines(feedback)).toEqual([
      ["missed", "Präsident", []],
      ["matched", "Tokajew", []],
      ["different", claimSpan.quote, ["stance"]],
      ["extra", "Astana", []],
    ]);
    expect(feedback.counts).toEqual({ matched: 1, different: 1, missed: 1, extra: 1 });
    expect(feedback.labels.claims).toEqual([{ id: claimId, statement: "Kazakhstan supports the sanctions" }]);
  });

  it("gives each annotator her own comparison", async () => {
    const { bob, documentId } = await setUp({ showGoldToAnnotators: true });
    expect((await getAnnotatorFeedback({ caller: bob, documentId })).counts).toEqual({ matched: 2, different: 0, missed: 1, extra: 0 });
  });

  it("is refused with 403 while the project keeps the gold set from annotators", async () => {
    const { alice, documentId } = await setUp({ showGoldToAnnotators: false });
    await expect(getAnnotatorFeedback({ caller: alice, documentId })).rejects.toThrowError(code("forbidden"));
  });

  it("is refused with 403 to reviewers and managers, and with 404 to outsiders", async () => {
    const { documentId, reviewer, projectId } = await setUp({ showGoldToAnnotators: true });
    const manager = await insertTestMember(db, projectId, "manager");
    const outsider = (await setUpAnnotationProject(db, { showGoldToAnnotators: true })).alice;
    await expect(getAnnotatorFeedback({ caller: reviewer, documentId })).rejects.toThrowError(code("forbidden"));
    await expect(getAnnotatorFeedback({ caller: manager, documentId })).rejects.toThrowError(code("forbidden"));
    await expect(getAnnotatorFeedback({ caller: outsider, documentId })).rejects.toThrowError(code("not_found"));
  });

  it("answers 404 to an annotator who did not submit the document", async () => {
    const { documentId, projectId } = await setUp({ showGoldToAnnotators: true });
    const carol = await insertTestMember(db, projectId, "annotator");
    await expect(getAnnotatorFeedback({ caller: carol, documentId })).rejects.toThrowError(code("not_found"));
    expect(await listFeedbackDocuments({ caller: carol, projectId })).toEqual([]);
  });

  it("answers 404 until the review is finished, and again once it is reopened", async () => {
    const { alice, documentId, reviewer, projectId } = await setUp({ showGoldToAnnotators: true, finish: false });
    await expect(getAnnotatorFeedback({ caller: alice, documentId })).rejects.toThrowError(code("not_found"));
    expect(await listFeedbackDocuments({ caller: alice, projectId })).toEqual([]);
    await finishReview({ caller: reviewer, documentId });
    expect(await listFeedbackDocuments({ caller: alice, projectId })).toEqual([{ id: documentId, title: "Article" }]);
    await reopenReview({ caller: reviewer, documentId });
    await expect(getAnnotatorFeedback({ caller: alice, documentId })).rejects.toThrowError(code("not_found"));
  });

  it("lists no feedback documents while the setting is off", async () => {
    const { alice, projectId } = await setUp({ showGoldToAnnotators: false });
    expect(await listFeedbackDocuments({ caller: alice, projectId })).toEqual([]);
  });
});
