import type { NextRequest } from "next/server";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { claims } from "@/db/schema";
import type { Caller } from "@/lib/server/auth/caller";
import { AppError } from "@/lib/server/errors";
import { type InsightsWorld, setUpInsightsWorld } from "@/lib/server/insights/insights-test-fixtures";
import { useTestDatabase } from "@/lib/server/testing/test-database";
import { eq } from "drizzle-orm";

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
  const db = await useTestDatabase();
  world = await setUpInsightsWorld(db);
  // A statement a spreadsheet would run as a formula.
  await db.update(claims).set({ statement: "=HYPERLINK(evil)" }).where(eq(claims.id, world.claims.talks));
});

function get(query: string) {
  const projectId = String(world.projectId);
  const request = new Request(`http://localhost/api/projects/${projectId}/insights/export?${query}`) as unknown as NextRequest;
  return GET(request, { params: Promise.resolve({ projectId }) });
}

describe("GET /api/projects/{projectId}/insights/export", () => {
  it("downloads the stance view as CSV with neutralized cells", async () => {
    currentCaller = world.reviewer;
    const response = await get(`view=stance&interval=quarter&set=gold`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toBe(`attachment; filename="project-${world.projectId}-stance.csv"`);
    const lines = (await response.text()).trimEnd().split("\r\n");
    expect(lines[0]).toBe("claim_id,statement,period,stance,spans,documents");
    // Gold: one favor on each claim in 2022-Q4; 2 claims × (1 period + undated) × 4 stances.
    expect(lines).toHaveLength(1 + 2 * 2 * 4);
    expect(lines).toContain(`${world.claims.sanctions},The sanctions work,2022-Q4,favor,1,1`);
    expect(lines).toContain(`${world.claims.talks},'=HYPERLINK(evil),2022-Q4,favor,1,1`);
  });

  it("downloads the network as GraphML and as an edge list", async () => {
    currentCaller = world.manager;
    const graphml = await get("view=network&format=graphml&claimant=mkremlin%20sources");
    expect(graphml.headers.get("content-type")).toBe("application/graphml+xml; charset=utf-8");
    const xml = await graphml.text();
    expect(xml).toContain('<node id="mkremlin sources"><data key="label">Kremlin sources</data><data key="kind">claimant</data><data key="count">2</data></node>');
    expect(xml).toContain(`<edge id="mkremlin sources|c${world.claims.sanctions}" source="mkremlin sources" target="c${world.claims.sanctions}">`);
    const csv = await (await get("view=network&claimant=mkremlin%20sources")).text();
    expect(csv.split("\r\n")[0]).toBe("source,target,count,dominant,favor,against,neutral,unclear,source_id,target_id");
    expect(csv).toContain(`Kremlin sources,The sanctions work,1,favor,1,0,0,0,mkremlin sources,c${world.claims.sanctions}\r\n`);
  });

  it("refuses GraphML of a view that is no network, and an unknown view", async () => {
    currentCaller = world.reviewer;
    expect((await get("view=coverage&format=graphml")).status).toBe(400);
    expect((await get("view=table")).status).toBe(400);
    currentCaller = world.alice;
    expect((await get("view=coverage")).status).toBe(403);
  });
});
