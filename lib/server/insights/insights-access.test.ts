import { beforeAll, describe, expect, it } from "vitest";
import { emptyInsightsFilter } from "@/lib/domain/insights/insights-filter";
import type { Caller } from "@/lib/server/auth/caller";
import { updateProject } from "@/lib/server/projects/update-project";
import { useTestDatabase } from "@/lib/server/testing/test-database";
import { exportInsights } from "./export-insights";
import { getCoverageInsights } from "./get-coverage-insights";
import { getEvidenceInsights } from "./get-evidence-insights";
import { getNetworkInsights } from "./get-network-insights";
import { getStanceInsights } from "./get-stance-insights";
import { type InsightsWorld, setUpInsightsWorld } from "./insights-test-fixtures";

let world: InsightsWorld;
beforeAll(async () => {
  world = await setUpInsightsWorld(await useTestDatabase());
});

const filter = emptyInsightsFilter;

/** Every view of the Insights page, each asked for when called, with the fields of its answer. */
function everyView(caller: Caller): [fields: string[], ask: () => Promise<object>][] {
  const { projectId, claims } = world;
  return [
    [["interval", "stances", "periods", "claims", "undatedDocuments", "undatedDocumentCount"], () => getStanceInsights({ caller, projectId, interval: "month", filter })],
    [["stances", "nodes", "edges"], () => getNetworkInsights({ caller, projectId, filter })],
    [["items", "truncated"], () => getEvidenceInsights({ caller, projectId, filter: { ...filter, claim: [claims.sanctions] } })],
    [["languages", "sources", "claims"], () => getCoverageInsights({ caller, projectId, filter })],
    [["fileName", "contentType", "body"], () => exportInsights({ caller, projectId, view: "network", format: "graphml", interval: "month", filter })],
  ];
}

async function expectEveryViewToFail(caller: Caller, code: string) {
  for (const [, ask] of everyView(caller)) await expect(ask()).rejects.toThrowError(expect.objectContaining({ code }));
}

async function expectEveryViewToAnswer(caller: Caller) {
  for (const [fields, ask] of everyView(caller)) expect(Object.keys(await ask())).toEqual(fields);
}

async function withSettings(settings: { insightsForAnnotators?: boolean; restrictToAssigned?: boolean; blind?: boolean }, work: () => Promise<void>) {
  const { admin, projectId } = world;
  await updateProject({ caller: admin, projectId, patch: { settings } });
  try {
    await work();
  } finally {
    await updateProject({ caller: admin, projectId, patch: { settings: { insightsForAnnotators: false, restrictToAssigned: false, blind: true } } });
  }
}

describe("access to the Insights views", () => {
  it("answers annotators 403 unless the project opens the views to them, and non-members 404", async () => {
    await expectEveryViewToFail(world.alice, "forbidden");
    await expectEveryViewToFail(world.stranger, "not_found");
    await withSettings({ insightsForAnnotators: true }, async () => {
      await expectEveryViewToFail(world.stranger, "not_found");
      await expectEveryViewToAnswer(world.alice);
    });
    for (const caller of [world.reviewer, world.manager, world.admin]) await expectEveryViewToAnswer(caller);
  });

  it("names only the caller's own spans to an annotator in a blind project, and links each span where they can open it", async () => {
    const { alice, bob, claims, documents, spans, projectId } = world;
    await withSettings({ insightsForAnnotators: true }, async () => {
      const { items } = await getEvidenceInsights({ caller: alice, projectId, filter: { ...filter, claim: [claims.sanctions] } });
      const d1 = items.filter((item) => item.documentId === documents.d1);
      const marked = (item: (typeof d1)[number]) => `/projects/${projectId}/documents/${documents.d1}?mark=${item.start}-${item.end}#marked-span`;
      expect(d1.map((item) => [item.annotationId, item.annotator, item.href])).toEqual([
        [spans.s1, alice.email, `/documents/${documents.d1}/annotate?span=${spans.s1}`],
        [spans.g1, null, marked(d1[1]!)],
        [spans.s3, null, marked(d1[2]!)],
      ]);
    });
    await withSettings({ insightsForAnnotators: true, blind: false }, async () => {
      const { items } = await getEvidenceInsights({ caller: alice, projectId, filter: { ...filter, claim: [claims.sanctions] } });
      expect(items.find((item) => item.annotationId === spans.s3)?.annotator).toBe(bob.email);
    });
  });

  it("leaves out what an annotator still works on, and what a restricted project does not assign them", async () => {
    const { alice, carol, claims, documents, projectId } = world;
    await withSettings({ insightsForAnnotators: true }, async () => {
      // Carol has not submitted D1: its spans would sway her.
      const carols = await getStanceInsights({ caller: carol, projectId, interval: "month", filter });
      expect(carols.claims.find((c) => c.claimId === claims.sanctions)?.series[0]).toMatchObject({ period: "2022-10", spans: { favor: 1, against: 0 } });
    });
    await withSettings({ insightsForAnnotators: true, restrictToAssigned: true }, async () => {
      // Alice was assigned D1, D2 and D4.
      const coverage = await getCoverageInsights({ caller: alice, projectId, filter });
      expect(coverage.languages).toEqual(["de", "pl", "zh"]);
      const evidence = await getEvidenceInsights({ caller: alice, projectId, filter: { ...filter, claim: [claims.talks] } });
      expect([...new Set(evidence.items.map((item) => item.documentId))]).toEqual([documents.d1, documents.d4]);
    });
  });
});
