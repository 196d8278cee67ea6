import { beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase } from "@/lib/server/testing/test-database";
import { getProgressInsights } from "./get-progress-insights";
import { type InsightsWorld, setUpInsightsWorld } from "./insights-test-fixtures";

let world: InsightsWorld;
beforeAll(async () => {
  world = await setUpInsightsWorld(await useTestDatabase());
});

describe("getProgressInsights", () => {
  it("counts submissions per day, times documents from the audit log and compares with gold per week", async () => {
    const { alice, bob, carol, manager, projectId } = world;
    const view = await getProgressInsights({ caller: manager, projectId });
    expect(view.days).toEqual(["2026-11-30", "2026-12-01", "2026-12-02", "2026-12-03", "2026-12-04", "2026-12-05", "2026-12-06", "2026-12-07"]);
    const byId = new Map(view.annotators.map((a) => [a.userId, a]));
    expect(view.annotators.map((a) => a.userId)).toEqual([alice.id, bob.id, carol.id]);
    // D1 is adjudicated with one gold span: Alice's three spans hold its twin (F1 2·1/4), Bob's moved start misses it.
    expect(byId.get(alice.id)).toEqual({
      userId: alice.id,
      name: alice.name,
      email: alice.email,
      submittedPerDay: { "2026-11-30": 2, "2026-12-02": 1 },
      medianSecondsPerDocument: 750,
      agreementOverTime: [{ week: "2026-W49", f1: 0.5 }],
    });
    expect(byId.get(bob.id)).toMatchObject({
      submittedPerDay: { "2026-12-01": 2, "2026-12-07": 1 },
      medianSecondsPerDocument: 1050,
      agreementOverTime: [
        { week: "2026-W49", f1: 0 },
        { week: "2026-W50", f1: null },
      ],
    });
    expect(byId.get(carol.id)).toMatchObject({ submittedPerDay: {}, medianSecondsPerDocument: null, agreementOverTime: [] });
    // Two per document: D2, D3, D4, D5 lack one each, D6 both.
    expect(view.queueRemaining).toBe(6);
  });

  it("is for managers only", async () => {
    const { reviewer, alice, stranger, admin, projectId, setInsightsForAnnotators } = world;
    await setInsightsForAnnotators(true);
    try {
      for (const caller of [reviewer, alice]) {
        await expect(getProgressInsights({ caller, projectId })).rejects.toThrowError(expect.objectContaining({ code: "forbidden" }));
      }
    } finally {
      await setInsightsForAnnotators(false);
    }
    await expect(getProgressInsights({ caller: stranger, projectId })).rejects.toThrowError(expect.objectContaining({ code: "not_found" }));
    expect((await getProgressInsights({ caller: admin, projectId })).queueRemaining).toBe(6);
  });
});
