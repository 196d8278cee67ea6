import type { NextRequest } from "next/server";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { suggestionDecisions } from "@/db/schema";
import { recordSuggestionDecision } from "@/lib/server/recommenders/record-suggestion-decision";
import { setUpRecommenderProject } from "@/lib/server/recommenders/recommenders-test-fixtures";
import { actAs } from "@/lib/server/testing/test-caller";
import { useTestDatabase } from "@/lib/server/testing/test-database";

vi.mock("@/lib/server/auth/caller", () => import("@/lib/server/testing/test-caller"));

const { DELETE } = await import("./route");

let db: Db;
let fixture: Awaited<ReturnType<typeof setUpRecommenderProject>>;
beforeAll(async () => {
  db = await useTestDatabase();
  fixture = await setUpRecommenderProject(db);
});

function remove(decisionId: string) {
  const documentId = String(fixture.secondId);
  const request = new Request(`http://localhost/api/documents/${documentId}/suggestion-decisions/${decisionId}`, { method: "DELETE" }) as unknown as NextRequest;
  return DELETE(request, { params: Promise.resolve({ documentId, decisionId }) });
}

describe("DELETE /api/documents/{documentId}/suggestion-decisions/{decisionId}", () => {
  it("withdraws the caller's decision (204), then finds it no more (404)", async () => {
    actAs(fixture.alice);
    const { id } = await recordSuggestionDecision({
      caller: fixture.alice,
      documentId: fixture.secondId,
      decision: { recommender: "string-matching", layer: "entity", start: 0, end: 7, quote: "ROSATOM", label: "ORG", score: 0.5, decision: "accepted" },
    });
    expect((await remove(String(id))).status).toBe(204);
    expect(await db.select().from(suggestionDecisions).where(eq(suggestionDecisions.id, id))).toEqual([]);
    const again = await remove(String(id));
    expect(again.status).toBe(404);
    expect(await again.json()).toEqual({ error: { code: "not_found", message: "Suggestion decision not found" } });
  });

  it("finds nothing under an id that is no id (404)", async () => {
    actAs(fixture.alice);
    expect((await remove("seven")).status).toBe(404);
  });
});
