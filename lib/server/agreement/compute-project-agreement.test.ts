import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { firstRow } from "@/db/first-row";
import { annotations, assignments, type AssignmentStatus, claims, documentLabels, entityTypes } from "@/db/schema";
import { insertTestDocument, insertTestMember } from "@/lib/server/annotations/annotation-test-fixtures";
import type { Caller } from "@/lib/server/auth/caller";
import { createProject } from "@/lib/server/projects/create-project";
import { insertTestUser, useTestDatabase } from "@/lib/server/testing/test-database";
import { computeProjectAgreement, computeProjectAgreementJson } from "./compute-project-agreement";

let db: Db;
beforeAll(async () => {
  db = await useTestDatabase();
});

interface SpanInput {
  layer: "entity" | "claim";
  start: number;
  end: number;
  type?: string;
  claim?: number | null;
  stance?: string | null;
  set?: "annotator" | "gold";
  deleted?: boolean;
}

async function setUp(annotatorCount: number) {
  const admin = await insertTestUser(db, { isAdmin: true });
  const projectId = (await createProject({ caller: admin, name: "Agreement" })).id;
  const typeIds = new Map<string, number>();
  for (const key of ["PER", "LOC"]) {
    const rows = await db.insert(entityTypes).values({ projectId, key, name: key, color: "#2563eb" }).returning();
    typeIds.set(key, firstRow(rows, "entity type").id);
  }
  const claimIds: number[] = [];
  for (const statement of ["Sanctions work", "Talks failed"]) {
    claimIds.push(firstRow(await db.insert(claims).values({ projectId, statement }).returning(), "claim").id);
  }
  const annotators: Caller[] = [];
  for (let k = 0; k < annotatorCount; k++) annotators.push(await insertTestMember(db, projectId, "annotator"));
  const reviewer = await insertTestMember(db, projectId, "reviewer");
  let documentCount = 0;
  const addDocument = (length: number) => insertTestDocument(db, projectId, `${"x".repeat(length - 4)}${String(++documentCount).padStart(4, "0")}`);

  /** One annotator's work on a document, stored as the services would leave it. */
  const work = async (documentId: number, annotator: Caller, spans: SpanInput[], status: AssignmentStatus = "submitted") => {
    await db.insert(assignments).values({ documentId, userId: annotator.id, status });
    for (const span of spans) {
      await db.insert(annotations).values({
        projectId,
        documentId,
        authorId: annotator.id,
        set: span.set ?? "annotator",
        layer: span.layer,
        start: span.start,
        end: span.end,
        quote: "x".repeat(span.end - span.start),
        entityTypeId: span.layer === "entity" ? (typeIds.get(span.type ?? "PER") ?? null) : null,
        claimId: span.layer === "claim" ? (span.claim === undefined ? (claimIds[0] ?? null) : span.claim) : null,
        stance: span.layer === "claim" ? (span.stance === undefined ? "favor" : span.stance) : null,
        deletedAt: span.deleted ? new Date() : null,
      });
    }
  };
  const label = async (documentId: number, annotator: Caller, claimId: number, stance: string) => {
    await db.insert(documentLabels).values({ projectId, documentId, authorId: annotator.id, set: "annotator", claimId, stance });
  };
  return { projectId, annotators, reviewer, claimIds, addDocument, work, label };
}

describe("computeProjectAgreement", () => {
  it("gives F1 1 and alpha 1 to identical spans, ignoring deleted, gold and unsubmitted work", async () => {
    const { projectId, annotators, reviewer, addDocument, work } = await setUp(2);
    const [alice, bob] = annotators as [Caller, Caller];
    const documentId = await addDocument(60);
    const spans: SpanInput[] = [
      { layer: "entity", start: 0, end: 5, type: "PER" },
      { layer: "entity", start: 10, end: 15, type: "LOC" },
      { layer: "claim", start: 20, end: 40 },
    ];
    await work(documentId, alice, spans);
    await work(documentId, bob, [
      ...spans,
      { layer: "entity", start: 45, end: 50, deleted: true },
      { layer: "entity", start: 50, end: 55, set: "gold" },
    ]);
    const report = await computeProjectAgreement({ caller: reviewer, projectId });
    expect(report.documents).toBe(1);
    expect(report.entities.spanF1.exact.value).toBe(1);
    expect(report.entities.spanF1.overlap.value).toBe(1);
    expect(report.entities.unitizingAlpha.value).toBe(1);
    expect(report.entities.byLabel.PER?.spanF1.exact.value).toBe(1);
    expect(report.entities.byLabel.LOC?.unitizingAlpha.value).toBe(1);
    expect(report.claims.spanF1.exact.value).toBe(1);
    expect(report.claims.unitizingAlpha.value).toBe(1);
    // Both said "favor" to the only claim: kappa and alpha cannot tell agreement from chance.
    expect(report.claims.stance.units).toBe(1);
    expect(report.claims.stance.krippendorffAlpha).toMatchObject({ value: null, reason: expect.any(String) });
    expect(report.claims.stance.cohenKappa).toMatchObject({ value: null, reason: expect.stringContaining("same category") });
    expect(report.pairs).toEqual([
      expect.objectContaining({
        a: { id: alice.id, name: alice.name },
        b: { id: bob.id, name: bob.name },
        documents: 1,
        entitiesF1: { exact: expect.objectContaining({ value: 1 }), overlap: expect.objectContaining({ value: 1 }) },
      }),
    ]);
    expect(report.perDocument).toEqual([expect.objectContaining({ documentId, score: 0 })]);
    expect(report.progress).toEqual({ requiredSubmissions: 2, complete: 1, total: 1 });
    expect(JSON.stringify(report)).not.toContain("NaN");
  });

  it("computes span F1 of partly different spans by hand", async () => {
    const { projectId, annotators, reviewer, addDocument, work } = await setUp(2);
    const [alice, bob] = annotators as [Caller, Caller];
    const documentId = await addDocument(60);
    await work(documentId, alice, [
      { layer: "entity", start: 0, end: 10, type: "PER" },
      { layer: "entity", start: 20, end: 30, type: "PER" },
      { layer: "entity", start: 40, end: 50, type: "LOC" },
    ]);
    await work(documentId, bob, [
      { layer: "entity", start: 0, end: 10, type: "PER" },
      { layer: "entity", start: 22, end: 30, type: "PER" },
      { layer: "entity", start: 40, end: 50, type: "PER" },
    ]);
    const report = await computeProjectAgreement({ caller: reviewer, projectId });
    // Exact: only [0,10) PER matches, 2·1/(3+3); overlap adds [20,30)~[22,30), 2·2/6.
    expect(report.entities.spanF1.exact.value).toBeCloseTo(1 / 3, 12);
    expect(report.entities.spanF1.overlap.value).toBeCloseTo(2 / 3, 12);
    // PER: 2 of Alice's, 3 of Bob's.
    expect(report.entities.byLabel.PER?.spanF1.exact.value).toBeCloseTo(2 / 5, 12);
    expect(report.entities.byLabel.PER?.spanF1.overlap.value).toBeCloseTo(4 / 5, 12);
    expect(report.entities.byLabel.LOC?.spanF1.overlap.value).toBe(0);
    expect(report.claims.spanF1.exact).toMatchObject({ value: null, reason: expect.stringContaining("Neither annotator marked a span") });
    expect(report.perDocument[0]?.spanDisagreement).toBeCloseTo(1 / 3, 12);
  });

  it("computes unitizing alpha of two overlapping claim spans by hand", async () => {
    const { projectId, annotators, reviewer, addDocument, work } = await setUp(2);
    const [alice, bob] = annotators as [Caller, Caller];
    const documentId = await addDocument(20);
    await work(documentId, alice, [{ layer: "claim", start: 0, end: 4 }]);
    await work(documentId, bob, [{ layer: "claim", start: 2, end: 6 }]);
    const report = await computeProjectAgreement({ caller: reviewer, projectId });
    // L = 20, m = 2. D_o = (2² + 2²) / 20² = 0.02. Each unit (l = 4, N = 2): (2·64 − 48 + 4)/3 = 28,
    // gaps ≥ 4 are 16 (Alice) and 14 (Bob): 16 · (13 + 11) = 384. D_e = (2/20 · 2 · 412) / (40·39 − 2·12).
    const expected = 1 - 0.02 / ((0.1 * 824) / 1536);
    expect(report.claims.unitizingAlpha.value).toBeCloseTo(expected, 12);
    expect(report.claims.spanF1.exact.value).toBe(0);
    expect(report.claims.spanF1.overlap.value).toBe(1);
  });

  it("takes stances with missing values: alpha over all units, Fleiss over complete ones", async () => {
    const { projectId, annotators, reviewer, claimIds, addDocument, work, label } = await setUp(3);
    const [a, b, c] = annotators as [Caller, Caller, Caller];
    const [claim1 = 0, claim2 = 0] = claimIds;
    const documentId = await addDocument(30);
    const claim = (start: number, stance: string | null): SpanInput => ({ layer: "claim", start, end: start + 4, stance });
    await work(documentId, a, [claim(0, "favor"), claim(5, "against"), claim(10, "favor"), claim(15, "neutral")]);
    await work(documentId, b, [claim(0, "favor"), claim(5, "against"), claim(10, "favor")]);
    await work(documentId, c, [claim(0, "against"), claim(5, null), claim(10, "favor")]);
    await label(documentId, a, claim1, "favor");
    await label(documentId, b, claim1, "favor");
    await label(documentId, c, claim1, "against");
    await label(documentId, a, claim2, "favor");
    const report = await computeProjectAgreement({ caller: reviewer, projectId });
    const { stance } = report.claims;
    expect(stance.units).toBe(4);
    // Coincidences: f–f 4, f–a 1, a–f 1, a–a 2; n = 8. D_o = 2/8, D_e = 2·5·3/(8·7): α = 8/15.
    expect(stance.krippendorffAlpha.value).toBeCloseTo(8 / 15, 12);
    // Units at 0 and 10 only: counts [2,1] and [3,0]. P̄ = 2/3, P̄e = 13/18: κ = −1/5.
    expect(stance.fleissKappa.value).toBeCloseTo(-0.2, 12);
    expect(stance).not.toHaveProperty("cohenKappa");
    // Document stance: (f, f, a) and a single label: D_o = D_e = 2/3.
    expect(report.documentStance.units).toBe(2);
    expect(report.documentStance.krippendorffAlpha.value).toBeCloseTo(0, 12);
    // Only the claim at 10 is unanimous; a missing stance counts as disagreement.
    expect(report.perDocument[0]).toMatchObject({ stanceUnits: 6, stanceDisagreements: 5 });
  });

  it("takes Fleiss' kappa over the most common number of annotators and notes it", async () => {
    const { projectId, annotators, reviewer, addDocument, work } = await setUp(3);
    const [a, b, c] = annotators as [Caller, Caller, Caller];
    const claim = (start: number, stance: string): SpanInput => ({ layer: "claim", start, end: start + 4, stance });
    const first = await addDocument(30);
    await work(first, a, [claim(0, "favor"), claim(5, "favor")]);
    await work(first, b, [claim(0, "favor"), claim(5, "against")]);
    const second = await addDocument(30);
    await work(second, a, [claim(0, "against")]);
    await work(second, b, [claim(0, "against")]);
    const third = await addDocument(30);
    for (const annotator of [a, b, c]) await work(third, annotator, [claim(0, "favor")]);
    const { fleissKappa } = (await computeProjectAgreement({ caller: reviewer, projectId })).claims.stance;
    // Two raters: [2,0], [1,1], [0,2]. P̄ = (10 − 6)/6 = 2/3, P̄e = 1/2: κ = 1/3.
    expect(fleissKappa.value).toBeCloseTo(1 / 3, 12);
    expect(fleissKappa.note).toBe("Over the 3 of 4 fully rated positions with 2 annotators");
  });

  it("says why figures are missing when fewer than two annotators submitted", async () => {
    const { projectId, annotators, reviewer, addDocument, work } = await setUp(2);
    const [alice, bob] = annotators as [Caller, Caller];
    const documentId = await addDocument(30);
    await work(documentId, alice, [{ layer: "entity", start: 0, end: 5 }]);
    await work(documentId, bob, [{ layer: "entity", start: 0, end: 5 }], "in_progress");
    const report = await computeProjectAgreement({ caller: reviewer, projectId });
    const none = { value: null, reason: "No document has been submitted by two or more annotators yet" };
    expect(report.documents).toBe(0);
    expect(report.entities.spanF1).toEqual({ exact: none, overlap: none });
    expect(report.entities.unitizingAlpha).toEqual(none);
    expect(report.entities.byLabel.PER).toEqual({ spanF1: { exact: none, overlap: none }, unitizingAlpha: none });
    expect(report.claims.stance).toEqual({ units: 0, krippendorffAlpha: none, fleissKappa: none });
    expect(report.documentStance).toEqual({ units: 0, krippendorffAlpha: none });
    expect(report.pairs).toEqual([]);
    expect(report.progress).toEqual({ requiredSubmissions: 2, complete: 0, total: 1 });
  });

  it("computes unitizing alpha over the most common set of annotators and notes it", async () => {
    const { projectId, annotators, reviewer, addDocument, work } = await setUp(3);
    const [a, b, c] = annotators as [Caller, Caller, Caller];
    const span: SpanInput[] = [{ layer: "entity", start: 0, end: 5 }];
    for (const pair of [[a, b], [a, b], [a, c]] as const) {
      const documentId = await addDocument(30);
      for (const annotator of pair) await work(documentId, annotator, span);
    }
    const report = await computeProjectAgreement({ caller: reviewer, projectId });
    expect(report.documents).toBe(3);
    expect(report.entities.unitizingAlpha).toMatchObject({
      value: 1,
      note: expect.stringContaining(`the 2 of 3 documents submitted by ${a.name}, ${b.name}`),
    });
    // a–b and a–c shared documents; b–c none, which the pair average leaves out.
    expect(report.pairs.map((pair) => [pair.a.id, pair.b.id, pair.documents])).toEqual([
      [a.id, b.id, 2],
      [a.id, c.id, 1],
    ]);
    expect(report.entities.spanF1.exact).toMatchObject({ value: 1, pairCount: 3, averagedPairCount: 2 });
  });

  it("is for reviewers and managers only", async () => {
    const { projectId, annotators } = await setUp(1);
    const [annotator] = annotators as [Caller];
    await expect(computeProjectAgreement({ caller: annotator, projectId })).rejects.toThrowError(
      expect.objectContaining({ code: "forbidden" }),
    );
    const manager = await insertTestMember(db, projectId, "manager");
    expect((await computeProjectAgreement({ caller: manager, projectId })).documents).toBe(0);
    const stranger = await insertTestUser(db);
    await expect(computeProjectAgreement({ caller: stranger, projectId })).rejects.toThrowError(
      expect.objectContaining({ code: "not_found" }),
    );
  });

  it("lets reviewers who ask at once share one pass, and reads afresh once it has ended", async () => {
    const { projectId, annotators, reviewer, addDocument, work } = await setUp(2);
    const [alice, bob] = annotators as [Caller, Caller];
    const documentId = await addDocument(40);
    await work(documentId, alice, [{ layer: "entity", start: 0, end: 5 }]);
    await work(documentId, bob, [{ layer: "entity", start: 0, end: 5 }]);
    const manager = await insertTestMember(db, projectId, "manager");
    // A pair of requests beforehand, so that each of the pair below finds a connection open: one
    // that had to open its own would start its pass only after the other's had ended.
    await Promise.all([computeProjectAgreement({ caller: reviewer, projectId }), computeProjectAgreement({ caller: manager, projectId })]);
    const [first, second] = await Promise.all([
      computeProjectAgreement({ caller: reviewer, projectId }),
      computeProjectAgreement({ caller: manager, projectId }),
    ]);
    expect(second).toBe(first);
    const later = await computeProjectAgreement({ caller: reviewer, projectId });
    expect(later).not.toBe(first);
    expect(later).toEqual(first);
    // The API sends the pass's JSON text as it came from the worker thread.
    expect(JSON.parse(await computeProjectAgreementJson({ caller: manager, projectId }))).toEqual(first);
  });
});
