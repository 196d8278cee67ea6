import type { NextRequest } from "next/server";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { suggestionDecisions } from "@/db/schema";
import type { Caller } from "@/lib/server/auth/caller";
import { AppError } from "@/lib/server/errors";
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

const { POST } = await import("./route");

let db: Db;
let fixture: Awaited<ReturnType<typeof setUpRecommenderProject>>;
beforeAll(async () => {
  db = await useTestDatabase();
  fixture = await setUpRecommenderProject(db);
});

function post(body: unknown) {
  const documentId = String(fixture.secondId);
  const request = new Request(`http://localhost/api/documents/${documentId}/suggestion-decisions`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  }) as unknown as NextRequest;
  return POST(request, { params: Promise.resolve({ documentId }) });
}

const decision = { recommender: "string-matching", layer: "entity", start: 0, end: 7, quote: "ROSATOM", label: "ORG", score: 0.5, decision: "rejected" };

describe("POST /api/documents/{documentId}/suggestion-decisions", () => {
  it("records a decision (201)", async () => {
    currentCaller = fixture.alice;
    const response = await post(decision);
    expect(response.status).toBe(201);
    const { id } = (await response.json()) as { id: number };
    const [row] = await db.select().from(suggestionDecisions).where(eq(suggestionDecisions.id, id));
    expect(row).toMatchObject({ userId: fixture.alice.id, decision: "rejected", scorePermille: 500 });
  });

  it("refuses what the schema does not allow, storing nothing", async () => {
    currentCaller = fixture.alice;
    const before = await db.select().from(suggestionDecisions);
    for (const body of [
      { ...decision, recommender: "oracle" },
      { ...decision, score: 1.5 },
      { ...decision, end: 0 },
      { ...decision, decision: "maybe" },
      { ...decision, extra: true },
    ]) {
      const response = await post(body);
      expect(response.status).toBe(400);
      expect(await response.json()).toEqual({ error: { code: expect.any(String), message: expect.any(String), details: expect.anything() } });
    }
    expect(await db.select().from(suggestionDecisions)).toHaveLength(before.length);
  });
});
