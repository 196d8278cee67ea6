import { beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { annotations, assignments, suggestionDecisions } from "@/db/schema";
import { createSpan } from "@/lib/server/annotations/create-span";
import { insertTestDocument, insertTestMember } from "@/lib/server/annotations/annotation-test-fixtures";
import { submitDocument } from "@/lib/server/annotations/submit-document";
import { suggestAnnotations } from "@/lib/server/annotations/suggest-annotations";
import { updateClaim } from "@/lib/server/catalog/update-claim";
import { insertTestUser, useTestDatabase } from "@/lib/server/testing/test-database";
import { getRecommenderSettings } from "./get-recommender-settings";
import { recommendForClaimSpan } from "./recommend-for-claim-span";
import { recordSuggestionDecision } from "./record-suggestion-decision";
import { setUpRecommenderProject } from "./recommenders-test-fixtures";
import { scheduleRecommenderRebuild } from "./schedule-recommender-rebuild";
import { updateRecommenderSettings } from "./update-recommender-settings";

let db: Db;
beforeAll(async () => {
  db = await useTestDatabase();
});

const rosatom = { layer: "entity", start: 0, end: 7, quote: "Rosatom" } as const;
const tokajew = { layer: "entity", start: 22, end: 29, quote: "Tokajew" } as const;
const claimSpan = { layer: "claim", start: 31, end: 69, quote: "Kasachstan unterstützt die Sanktionen." } as const;

async function recommended(caller: Parameters<typeof suggestAnnotations>[0]["caller"], documentId: number) {
  const suggestions = await suggestAnnotations({ caller, documentId });
  return { ...suggestions, items: suggestions.items.filter((item) => item.source === "recommender") };
}

describe("recommender settings", () => {
  it("lists every recommender per layer, off until a manager switches it on", async () => {
    const context = await setUpRecommenderProject(db);
    const manager = await insertTestMember(db, context.projectId, "manager");
    await updateRecommenderSettings({
      caller: manager,
      projectId: context.projectId,
      changes: [{ recommender: "claim-matching", layer: "claim", enabled: false }],
    });
    expect((await getRecommenderSettings({ caller: manager, projectId: context.projectId })).items).toEqual([
      { recommender: "string-matching", layer: "entity", enabled: true },
      { recommender: "string-matching", layer: "claim", enabled: true },
      { recommender: "claim-matching", layer: "claim", enabled: false },
      { recommender: "stance-prior", layer: "claim", enabled: true },
    ]);
  });

  it("is for managers only and refuses a layer the recommender does not work on", async () => {
    const { projectId, alice, manager } = await setUpRecommenderProject(db);
    await expect(getRecommenderSettings({ caller: alice, projectId })).rejects.toMatchObject({ code: "forbidden" });
    await expect(
      updateRecommenderSettings({ caller: alice, projectId, changes: [{ recommender: "stance-prior", layer: "claim", enabled: false }] }),
    ).rejects.toMatchObject({ code: "forbidden" });
    await expect(
      updateRecommenderSettings({ caller: manager, projectId, changes: [{ recommender: "stance-prior", layer: "entity", enabled: true }] }),
    ).rejects.toMatchObject({ code: "unprocessable" });
    await expect(getRecommenderSettings({ caller: await insertTestUser(db), projectId })).rejects.toMatchObject({ code: "not_found" });
  });
});

describe("string matching", () => {
  it("finds what a submitted set marked in other documents, with its recommender, score and why", async () => {
    const { projectId, alice, bob, firstId, secondId, organisationTypeId, personTypeId, tokayevId } = await setUpRecommenderProject(db);
    await createSpan({ caller: alice, documentId: firstId, span: { ...rosatom, entityTypeId: organisationTypeId } });
    await createSpan({ caller: alice, documentId: firstId, span: { ...tokajew, entityTypeId: personTypeId } });
    await scheduleRecommenderRebuild(projectId);
    // Work in progress teaches nothing.
    expect((await recommended(bob, secondId)).items).toEqual([]);

    await submitDocument({ caller: alice, documentId: firstId });
    await scheduleRecommenderRebuild(projectId);
    const { items } = await recommended(bob, secondId);
    expect(items).toEqual([
      {
        source: "recommender", recommender: "string-matching", layer: "entity", start: 0, end: 7, quote: "ROSATOM",
        entityTypeId: organisationTypeId, entityId: null, claimId: null, score: 0.5, why: "marked ORG once",
      },
      // The alias mention at the same offsets lends its entity and gives way.
      {
        source: "recommender", recommender: "string-matching", layer: "entity", start: 19, end: 26, quote: "Tokajew",
        entityTypeId: personTypeId, entityId: tokayevId, claimId: null, score: 0.5, why: "marked PER once",
      },
    ]);
    const all = await suggestAnnotations({ caller: bob, documentId: secondId });
    expect(all.items.filter((item) => item.start === 19 && item.end === 26)).toHaveLength(1);
  });

  it("never offers a document's own marks back, and no suggestion becomes a span of anyone's set", async () => {
    const { projectId, alice, bob, firstId, secondId, organisationTypeId } = await setUpRecommenderProject(db);
    await createSpan({ caller: alice, documentId: firstId, span: { ...rosatom, entityTypeId: organisationTypeId } });
    await submitDocument({ caller: alice, documentId: firstId });
    await scheduleRecommenderRebuild(projectId);
    expect((await recommended(bob, firstId)).items).toEqual([]);
    expect((await recommended(bob, secondId)).items.map((item) => item.quote)).toEqual(["ROSATOM"]);
    const bobsSpans = await db.select().from(annotations).where(and(eq(annotations.authorId, bob.id), eq(annotations.documentId, secondId)));
    expect(bobsSpans).toEqual([]);
  });

  it("stops suggesting once switched off", async () => {
    const { projectId, alice, bob, manager, firstId, secondId, organisationTypeId } = await setUpRecommenderProject(db);
    await createSpan({ caller: alice, documentId: firstId, span: { ...rosatom, entityTypeId: organisationTypeId } });
    await submitDocument({ caller: alice, documentId: firstId });
    await scheduleRecommenderRebuild(projectId);
    await updateRecommenderSettings({ caller: manager, projectId, changes: [{ recommender: "string-matching", layer: "entity", enabled: false }] });
    expect((await recommended(bob, secondId)).items).toEqual([]);
  });
});

describe("claim matching and the stance prior", () => {
  it("ranks catalog claims for a new claim span and offers the claimant's earlier stance", async () => {
    const { projectId, alice, bob, firstId, secondId, claimId, tokayevId } = await setUpRecommenderProject(db);
    await createSpan({ caller: alice, documentId: firstId, span: { ...claimSpan, claimId, stance: "favor", claimantEntityId: tokayevId } });
    await submitDocument({ caller: alice, documentId: firstId });
    await scheduleRecommenderRebuild(projectId);

    const quote = "Kasachstan unterstützt weiterhin die Sanktionen.";
    const open = await createSpan({ caller: bob, documentId: secondId, span: { layer: "claim", start: 28, end: 76, quote } });
    const withClaim = await createSpan({
      caller: bob, documentId: secondId, span: { layer: "claim", start: 28, end: 38, quote: "Kasachstan", claimId, claimantEntityId: tokayevId },
    });
    const suggestions = await recommended(bob, secondId);
    expect(suggestions.claimRecommendations).toEqual([
      { recommender: "claim-matching", spanId: open.id, claimId, score: expect.any(Number), why: "like “Kasachstan unterstützt die Sanktionen.”, linked to it before" },
    ]);
    expect(suggestions.claimRecommendations[0]!.score).toBeGreaterThan(0.5);
    expect(suggestions.stanceRecommendations).toEqual([
      {
        recommender: "stance-prior", spanId: withClaim.id, stance: "favor", score: 0.5, why: "took Favor once before",
        evidence: [{ documentId: firstId, quote: claimSpan.quote }],
      },
    ]);
    // The same, asked for one span as it is now, a read that leaves the annotator's assignment as it was.
    const assignmentOf = () => db.select().from(assignments).where(and(eq(assignments.documentId, secondId), eq(assignments.userId, bob.id)));
    const assignmentBefore = await assignmentOf();
    expect(await recommendForClaimSpan({ caller: bob, spanId: open.id })).toEqual({ claims: suggestions.claimRecommendations, stances: [] });
    expect(await recommendForClaimSpan({ caller: bob, spanId: withClaim.id })).toEqual({ claims: [], stances: suggestions.stanceRecommendations });
    await expect(recommendForClaimSpan({ caller: alice, spanId: open.id })).rejects.toMatchObject({ code: "not_found" });
    expect(await assignmentOf()).toEqual(assignmentBefore);
  });
});

describe("claim matching through a claim's translations", () => {
  it("offers the English catalog claim for a Polish span like its Polish translation", async () => {
    const { projectId, bob, manager, claimId } = await setUpRecommenderProject(db);
    const text = "Prezydent mówi: rząd wspiera nowe restrykcje.";
    const quote = "rząd wspiera nowe restrykcje";
    const documentId = await insertTestDocument(db, projectId, text, "Polish");
    const start = text.indexOf(quote);
    const open = await createSpan({ caller: bob, documentId, span: { layer: "claim", start, end: start + quote.length, quote } });
    expect((await recommendForClaimSpan({ caller: bob, spanId: open.id })).claims).toEqual([]);

    await updateClaim({ caller: manager, projectId, claimId, patch: { translations: [{ language: "pl", text: "Rząd wspiera restrykcje" }] } });
    await scheduleRecommenderRebuild(projectId);
    const { claims } = await recommendForClaimSpan({ caller: bob, spanId: open.id });
    expect(claims).toEqual([
      { recommender: "claim-matching", spanId: open.id, claimId, score: expect.any(Number), why: "like its translation “Rząd wspiera restrykcje” (pl)" },
    ]);
    expect(claims[0]!.score).toBeGreaterThan(0.5);
  });
});

describe("suggestion decisions", () => {
  it("records who accepted or rejected which suggestion, with its score, naming the span accepting created", async () => {
    const { alice, secondId, organisationTypeId } = await setUpRecommenderProject(db);
    const decision = { recommender: "string-matching", layer: "entity", start: 0, end: 7, quote: "ROSATOM", label: "ORG", score: 0.5 } as const;
    await recordSuggestionDecision({ caller: alice, documentId: secondId, decision: { ...decision, decision: "rejected" } });
    const span = await createSpan({ caller: alice, documentId: secondId, span: { ...decision, entityTypeId: organisationTypeId, origin: "suggestion" } });
    await recordSuggestionDecision({ caller: alice, documentId: secondId, decision: { ...decision, decision: "accepted" } });
    const rows = await db.select().from(suggestionDecisions).where(eq(suggestionDecisions.documentId, secondId)).orderBy(suggestionDecisions.id);
    expect(rows.map(({ userId, recommender, label, scorePermille, decision: kind, annotationId }) => ({ userId, recommender, label, scorePermille, kind, annotationId }))).toEqual([
      { userId: alice.id, recommender: "string-matching", label: "ORG", scorePermille: 500, kind: "rejected", annotationId: null },
      { userId: alice.id, recommender: "string-matching", label: "ORG", scorePermille: 500, kind: "accepted", annotationId: span.id },
    ]);
    expect(rows[0]!.createdAt).toBeInstanceOf(Date);
  });

  it("refuses a quote that differs from the text, and callers outside the project", async () => {
    const { alice, secondId } = await setUpRecommenderProject(db);
    const decision = { recommender: "string-matching", layer: "entity", start: 0, end: 7, quote: "Rosatom", label: "ORG", score: 0.5, decision: "rejected" } as const;
    await expect(recordSuggestionDecision({ caller: alice, documentId: secondId, decision })).rejects.toMatchObject({ code: "unprocessable" });
    await expect(
      recordSuggestionDecision({ caller: await insertTestUser(db), documentId: secondId, decision: { ...decision, quote: "ROSATOM" } }),
    ).rejects.toMatchObject({ code: "not_found" });
  });
});
