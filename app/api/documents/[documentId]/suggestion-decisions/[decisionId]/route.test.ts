import type { NextRequest } from "next/server";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { suggestionDecisions } from "@/db/schema";
import type { Caller } from "@/lib/server/auth/caller";
import { AppError } from "@/lib/server/errors";
import { recordSuggestionDecision } from "@/lib/server/recommenders/record-suggestion-decision";
import { setUpRecommenderProject } from "@/lib/server/recommenders/recommenders-test-fixtures";
import { useTestDatabase } from "@/lib/server/testing/test-database";

// The route resolves its caller from the session or a Bearer token; here the test picks it.
let currentCaller: Caller | null = null;
vi.mock("@/lib/server/auth/caller", () => ({
  requireCaller: async () => {
    if (!currentCaller) throw new AppError("unauthorized", "Sign in or send an API token");
    return currentCaller;
  },
  requireAdmin: (caller: Caller) => {
    if (!caller.isAdmin) throw new AppError("forbidden", "Only instance admins may do this");
  },
}));

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
    currentCaller = fixture.alice;
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
    currentCaller = fixture.alice;
    expect((await remove("seven")).status).toBe(404);
  });
});
