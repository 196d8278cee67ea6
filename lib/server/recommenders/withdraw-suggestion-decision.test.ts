import { beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { suggestionDecisions } from "@/db/schema";
import { useTestDatabase } from "@/lib/server/testing/test-database";
import { getRecommenderQuality } from "./get-recommender-quality";
import { recordSuggestionDecision } from "./record-suggestion-decision";
import { setUpRecommenderProject } from "./recommenders-test-fixtures";
import { withdrawSuggestionDecision } from "./withdraw-suggestion-decision";

let db: Db;
beforeAll(async () => {
  db = await useTestDatabase();
});

const accepted = { recommender: "string-matching", layer: "entity", start: 0, end: 7, quote: "ROSATOM", label: "ORG", score: 0.5, decision: "accepted" } as const;

describe("withdrawing a suggestion decision", () => {
  it("takes an undone acceptance out of the record and of the recommender's acceptance", async () => {
    const { projectId, manager, alice, secondId } = await setUpRecommenderProject(db);
    const kept = await recordSuggestionDecision({ caller: alice, documentId: secondId, decision: accepted });
    const undone = await recordSuggestionDecision({ caller: alice, documentId: secondId, decision: accepted });
    const acceptance = async () =>
      (await getRecommenderQuality({ caller: manager, projectId })).items.find((item) => item.recommender === "string-matching" && item.layer === "entity");
    expect(await acceptance()).toMatchObject({ accepted: 2, rejected: 0 });

    await withdrawSuggestionDecision({ caller: alice, documentId: secondId, decisionId: undone.id });
    const left = await db.select({ id: suggestionDecisions.id }).from(suggestionDecisions).where(eq(suggestionDecisions.documentId, secondId));
    expect(left).toEqual([{ id: kept.id }]);
    expect(await acceptance()).toMatchObject({ accepted: 1, rejected: 0, precision: 1 });
    await expect(withdrawSuggestionDecision({ caller: alice, documentId: secondId, decisionId: undone.id })).rejects.toMatchObject({ code: "not_found" });
  });

  it("is for the decision's author only, in the document it was made in", async () => {
    const { manager, alice, bob, firstId, secondId } = await setUpRecommenderProject(db);
    const { id } = await recordSuggestionDecision({ caller: alice, documentId: secondId, decision: accepted });
    await expect(withdrawSuggestionDecision({ caller: bob, documentId: secondId, decisionId: id })).rejects.toMatchObject({ code: "not_found" });
    await expect(withdrawSuggestionDecision({ caller: manager, documentId: secondId, decisionId: id })).rejects.toMatchObject({ code: "forbidden" });
    await expect(withdrawSuggestionDecision({ caller: alice, documentId: firstId, decisionId: id })).rejects.toMatchObject({ code: "not_found" });
    expect(await db.select({ id: suggestionDecisions.id }).from(suggestionDecisions).where(eq(suggestionDecisions.id, id))).toEqual([{ id }]);
  });
});
