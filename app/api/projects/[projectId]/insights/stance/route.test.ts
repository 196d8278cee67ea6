import type { NextRequest } from "next/server";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Caller } from "@/lib/server/auth/caller";
import { AppError } from "@/lib/server/errors";
import { type InsightsWorld, setUpInsightsWorld } from "@/lib/server/insights/insights-test-fixtures";
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

const { GET } = await import("./route");

let world: InsightsWorld;
beforeAll(async () => {
  world = await setUpInsightsWorld(await useTestDatabase());
});

function get(query: string, projectId = String(world.projectId)) {
  const request = new Request(`http://localhost/api/projects/${projectId}/insights/stance?${query}`) as unknown as NextRequest;
  return GET(request, { params: Promise.resolve({ projectId }) });
}

describe("GET /api/projects/{projectId}/insights/stance", () => {
  it("reads repeated filter parameters as lists and ignores empty ones", async () => {
    currentCaller = world.reviewer;
    const { sanctions, talks } = world.claims;
    const response = await get(`interval=quarter&claim=${talks}&claim=${sanctions}&language=de&language=en&from=&set=`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { interval: string; periods: string[]; claims: { claimId: number }[] };
    expect(body.interval).toBe("quarter");
    expect(body.periods).toEqual(["2022-Q4", "2023-Q1"]);
    // German D1 and D5, English D6: sanctions has 3 + 1 spans, talks 2 + 1.
    expect(body.claims.map((claim) => claim.claimId)).toEqual([sanctions, talks]);
  });

  it.each([
    ["interval=day", "interval"],
    ["claim=abc", "claim"],
    ["claimant=x1", "claimant"],
    ["from=2022-13-01", "from"],
    ["from=2022-11-01&to=2022-10-01", "to"],
    ["colour=red", ""],
  ])("answers %s with 400", async (query, path) => {
    currentCaller = world.reviewer;
    const response = await get(query);
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: { code: string; details: { path: string }[] } };
    expect(body.error.code).toBe("bad_request");
    expect(body.error.details.map((issue) => issue.path.split(".")[0])).toContain(path);
  });

  it("answers 403 to annotators of a project that keeps the views from them, 404 to outsiders, 401 without a caller", async () => {
    currentCaller = world.alice;
    expect((await get("")).status).toBe(403);
    currentCaller = world.stranger;
    expect((await get("")).status).toBe(404);
    currentCaller = world.reviewer;
    expect((await get("", "999999")).status).toBe(404);
    currentCaller = null;
    expect((await get("")).status).toBe(401);
  });
});
