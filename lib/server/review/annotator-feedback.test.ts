import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { insertTestMember, setUpAnnotationProject } from "@/lib/server/annotations/annotation-test-fixtures";
import { useTestDatabase } from "@/lib/server/testing/test-database";
import { claimSpan, setUpDisputedDocument } from "./review-test-fixtures";
import { createGoldSpan } from "./decide-candidate";
import { finishReview } from "./finish-review";
import { getAnnotatorFeedback } from "./get-annotator-feedback";
import { listFeedbackDocuments } from "./list-feedback-documents";
import { rejectCandidate } from "./reject-candidate";
import { reopenReview } from "./reopen-review";
import { startReview } from "./start-review";

let db: Db;
beforeAll(() => {
  db = useTestDatabase();
});

const code = (code: string) => expect.objectContaining({ code });

/**
 * Alice and Bob agree on Tokajew and disagree on the claim's stance; only Alice marks Astana. The
 * reviewer keeps Tokajew, takes Bob's stance, rejects Astana and adds "Präsident", which nobody marked.
 */
function setUp(options: { showGoldToAnnotators: boolean; finish?: boolean }) {
  const disputed = setUpDisputedDocument(db, { showGoldToAnnotators: options.showGoldToAnnotators });
  const { documentId, reviewer, personTypeId, spans } = disputed;
  startReview({ caller: reviewer, documentId });
  createGoldSpan({ caller: reviewer, documentId, input: { fromAnnotationId: spans.bobClaim.id } });
  rejectCandidate({ caller: reviewer, documentId, candidateKey: "entity:64-70" });
  createGoldSpan({ caller: reviewer, documentId, input: { layer: "entity", start: 0, end: 9, quote: "Präsident", entityTypeId: personTypeId } });
  if (options.finish !== false) finishReview({ caller: reviewer, documentId, notes: "Stance as in §3." });
  return disputed;
}

const lines = (feedback: ReturnType<typeof getAnnotatorFeedback>) =>
  feedback.items.map((item) => {
    const span = [...feedback.gold, ...feedback.own].find((s) => s.id === (item.goldSpanId ?? item.ownSpanId));
    return [item.kind, span?.quote, item.differences];
  });

describe("annotator feedback", () => {
  it("shows an annotator the gold set and how her spans differ from it", () => {
    const { alice, documentId, reviewer, claimId } = setUp({ showGoldToAnnotators: true });
    const feedback = getAnnotatorFeedback({ caller: alice, documentId });
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

  it("gives each annotator her own comparison", () => {
    const { bob, documentId } = setUp({ showGoldToAnnotators: true });
    expect(getAnnotatorFeedback({ caller: bob, documentId }).counts).toEqual({ matched: 2, different: 0, missed: 1, extra: 0 });
  });

  it("is refused with 403 while the project keeps the gold set from annotators", () => {
    const { alice, documentId } = setUp({ showGoldToAnnotators: false });
    expect(() => getAnnotatorFeedback({ caller: alice, documentId })).toThrowError(code("forbidden"));
  });

  it("is refused with 403 to reviewers and managers, and with 404 to outsiders", () => {
    const { documentId, reviewer, projectId } = setUp({ showGoldToAnnotators: true });
    const manager = insertTestMember(db, projectId, "manager");
    const outsider = setUpAnnotationProject(db, { showGoldToAnnotators: true }).alice;
    expect(() => getAnnotatorFeedback({ caller: reviewer, documentId })).toThrowError(code("forbidden"));
    expect(() => getAnnotatorFeedback({ caller: manager, documentId })).toThrowError(code("forbidden"));
    expect(() => getAnnotatorFeedback({ caller: outsider, documentId })).toThrowError(code("not_found"));
  });

  it("answers 404 to an annotator who did not submit the document", () => {
    const { documentId, projectId } = setUp({ showGoldToAnnotators: true });
    const carol = insertTestMember(db, projectId, "annotator");
    expect(() => getAnnotatorFeedback({ caller: carol, documentId })).toThrowError(code("not_found"));
    expect(listFeedbackDocuments({ caller: carol, projectId })).toEqual([]);
  });

  it("answers 404 until the review is finished, and again once it is reopened", () => {
    const { alice, documentId, reviewer, projectId } = setUp({ showGoldToAnnotators: true, finish: false });
    expect(() => getAnnotatorFeedback({ caller: alice, documentId })).toThrowError(code("not_found"));
    expect(listFeedbackDocuments({ caller: alice, projectId })).toEqual([]);
    finishReview({ caller: reviewer, documentId });
    expect(listFeedbackDocuments({ caller: alice, projectId })).toEqual([{ id: documentId, title: "Article" }]);
    reopenReview({ caller: reviewer, documentId });
    expect(() => getAnnotatorFeedback({ caller: alice, documentId })).toThrowError(code("not_found"));
  });

  it("lists no feedback documents while the setting is off", () => {
    const { alice, projectId } = setUp({ showGoldToAnnotators: false });
    expect(listFeedbackDocuments({ caller: alice, projectId })).toEqual([]);
  });
});
