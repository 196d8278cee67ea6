import { beforeAll, describe, expect, it, vi } from "vitest";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { annotations, claims } from "@/db/schema";
import { insertTestDocument, insertTestMember } from "@/lib/server/annotations/annotation-test-fixtures";
import { useTestDatabase } from "@/lib/server/testing/test-database";
import { getRecommenderQuality } from "./get-recommender-quality";
import { recordSuggestionDecision } from "./record-suggestion-decision";
import { setUpRecommenderProject } from "./recommenders-test-fixtures";
import { runQualityJob } from "./recommender-thread-jobs";

vi.mock("./recommender-thread-jobs", async (importOriginal) => {
  const original = await importOriginal<typeof import("./recommender-thread-jobs")>();
  return { ...original, runQualityJob: vi.fn(original.runQualityJob) };
});
const qualityJobs = vi.mocked(runQualityJob);

let db: Db;
beforeAll(async () => {
  db = await useTestDatabase();
});

describe("recommender quality", () => {
  it("gives each recommender's acceptance and its leave-one-document-out figures on gold", async () => {
    const context = await setUpRecommenderProject(db);
    const { projectId, manager, alice, firstId, secondId, organisationTypeId, claimId, tokayevId } = context;
    const third = await insertTestDocument(db, projectId, "Rosatom schweigt. Kasachstan unterstützt die Sanktionen.", "Third");
    const gold = (documentId: number, span: Partial<typeof annotations.$inferInsert> & Pick<typeof annotations.$inferInsert, "layer" | "start" | "end" | "quote">) =>
      ({ projectId, documentId, authorId: manager.id, set: "gold" as const, origin: "adjudication" as const, ...span });
    await db.insert(annotations).values([
      gold(firstId, { layer: "entity", start: 0, end: 7, quote: "Rosatom", entityTypeId: organisationTypeId }),
      gold(secondId, { layer: "entity", start: 0, end: 7, quote: "ROSATOM", entityTypeId: organisationTypeId }),
      gold(third, { layer: "entity", start: 0, end: 7, quote: "Rosatom", entityTypeId: organisationTypeId }),
      gold(firstId, { layer: "claim", start: 31, end: 69, quote: "Kasachstan unterstützt die Sanktionen.", claimId, stance: "favor", claimantEntityId: tokayevId }),
      gold(third, { layer: "claim", start: 18, end: 56, quote: "Kasachstan unterstützt die Sanktionen.", claimId, stance: "favor", claimantEntityId: tokayevId }),
    ]);
    const decision = { recommender: "string-matching", layer: "entity", start: 0, end: 7, quote: "ROSATOM", label: "ORG", score: 0.5 } as const;
    await recordSuggestionDecision({ caller: alice, documentId: secondId, decision: { ...decision, decision: "accepted" } });
    await recordSuggestionDecision({ caller: alice, documentId: secondId, decision: { ...decision, decision: "accepted" } });
    await recordSuggestionDecision({ caller: alice, documentId: secondId, decision: { ...decision, decision: "rejected" } });

    const reviewer = await insertTestMember(db, projectId, "reviewer");
    const { items } = await getRecommenderQuality({ caller: reviewer, projectId });
    const entity = items.find((item) => item.recommender === "string-matching" && item.layer === "entity");
    expect(entity).toMatchObject({ enabled: true, accepted: 2, rejected: 1, precision: 2 / 3 });
    // Each document's Rosatom is found from the others' gold; "Rosatomu" in the second is not a whole-word match.
    expect(entity?.gold).toMatchObject({ truePositives: 3, falsePositives: 0, falseNegatives: 0, precision: 1, recall: 1, f1: 1 });
    expect(items.find((item) => item.recommender === "stance-prior")).toMatchObject({
      accepted: 0, rejected: 0, precision: null, gold: { truePositives: 2, precision: 1, recall: 1 },
    });
    expect(items.find((item) => item.recommender === "claim-matching")?.gold).toMatchObject({ truePositives: 2, falseNegatives: 0 });
  });

  it("computes the gold figures again only when the gold set or the claim catalog changed, whoever changed them", async () => {
    const { projectId, manager, firstId, secondId, organisationTypeId, claimId } = await setUpRecommenderProject(db);
    const reviewer = await insertTestMember(db, projectId, "reviewer");
    const entityGold = async () =>
      (await getRecommenderQuality({ caller: reviewer, projectId })).items.find((item) => item.recommender === "string-matching" && item.layer === "entity")?.gold;
    // Written straight to the database, as another server would: nothing in this process hears of it.
    const gold = { projectId, authorId: manager.id, set: "gold" as const, origin: "adjudication" as const, layer: "entity" as const, start: 0, end: 7, entityTypeId: organisationTypeId };
    const [, second] = await db
      .insert(annotations)
      .values([{ ...gold, documentId: firstId, quote: "Rosatom" }, { ...gold, documentId: secondId, quote: "ROSATOM" }])
      .returning({ id: annotations.id });
    qualityJobs.mockClear();

    expect(await entityGold()).toMatchObject({ truePositives: 2, falseNegatives: 0 });
    expect(await entityGold()).toMatchObject({ truePositives: 2, falseNegatives: 0 });
    expect(qualityJobs).toHaveBeenCalledTimes(1);

    await db.delete(annotations).where(eq(annotations.id, second!.id));
    expect(await entityGold()).toMatchObject({ truePositives: 0, falseNegatives: 1 });
    expect(qualityJobs).toHaveBeenCalledTimes(2);

    await db.update(claims).set({ translations: [{ language: "en", text: "Kazakhstan supports the sanctions." }], updatedAt: new Date(Date.now() + 1000) }).where(eq(claims.id, claimId));
    await entityGold();
    expect(qualityJobs).toHaveBeenCalledTimes(3);
  });

  it("is for reviewers and managers", async () => {
    const { projectId, alice } = await setUpRecommenderProject(db);
    await expect(getRecommenderQuality({ caller: alice, projectId })).rejects.toMatchObject({ code: "forbidden" });
  });
});
