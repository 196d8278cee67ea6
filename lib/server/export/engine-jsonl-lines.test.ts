import { beforeAll, describe, expect, it } from "vitest";
import { getDb, getEngine } from "@/db/client";
import { exportClaimdeskJsonlLine } from "@/lib/domain/export/claimdesk-jsonl";
import { useTestDatabase } from "@/lib/server/testing/test-database";
import { setUpEngineJsonlProject, trickyText } from "./engine-jsonl-fixture";
import { readEngineJsonlLines } from "./export-rows/export-rows";
import type { ExportFilters } from "./export-filters";
import { loadExportBatches } from "./load-export-batches";
import { writeProjectExport } from "./write-project-export";

let fixture: Awaited<ReturnType<typeof setUpEngineJsonlProject>>;
beforeAll(async () => {
  fixture = await setUpEngineJsonlProject(await useTestDatabase());
});

/** What the export writes (on SQLite, the lines SQLite makes). */
async function exported(filters: ExportFilters, batchSize: number): Promise<string> {
  const parts: Uint8Array[] = [];
  for await (const part of writeProjectExport({ projectId: fixture.projectId, format: "jsonl", filters, seed: "x", batchSize })) parts.push(part);
  return Buffer.concat(parts).toString("utf8");
}

/** The same lines built in JavaScript from the export model, the reference. */
async function built(filters: ExportFilters): Promise<string> {
  const lines: string[] = [];
  for await (const batch of loadExportBatches({ db: getDb(), projectId: fixture.projectId, filters })) {
    lines.push(...batch.map(({ document }) => exportClaimdeskJsonlLine(document)));
  }
  return lines.join("");
}

const filterCases: ExportFilters[] = [
  { set: "all" },
  { set: "gold" },
  { set: "annotators" },
  { set: "all", status: "adjudicated" },
  { set: "annotators", status: "submitted" },
  { set: "all", language: "en" },
  { set: "gold", from: "2022-10", to: "2022-10" },
  { set: "all", from: "2023" },
  { set: "all", to: "2022" },
  { set: "all", language: "xx" },
];

describe("the engine's JSONL lines", () => {
  it("are byte for byte the lines exportClaimdeskJsonlLine builds, for every filter and page size", async () => {
    for (const filters of filterCases) {
      const expected = await built(filters);
      for (const batchSize of [1, 2, 200]) expect(await exported(filters, batchSize), JSON.stringify({ filters, batchSize })).toBe(expected);
    }
  });

  it("hold what the fixture stores, escaped as JSON.stringify escapes it", async () => {
    const text = await exported({ set: "all" }, 2);
    const lines = text.split("\n").filter(Boolean);
    expect(lines.map((line) => (JSON.parse(line) as { id: number }).id)).toEqual(fixture.documentIds);
    const [tricky, respelled, bare] = lines;
    expect(tricky).toContain(String.raw`"title":"The \"title\" \\ 标题 \u0002"`);
    expect(tricky).toContain(`"text":${JSON.stringify(trickyText)}`);
    expect(tricky).toContain(String.raw`说：\"哈萨克斯坦支持制裁\"。\n👨🏻‍🚒 Tokayev said \\ Kazakhstan\tbacks\u0001 the\u001f sanctions` + "\u007f.");
    expect(tricky).toContain("Rosatom\u2028disagrees\u2029, says\\b Almaty\\f\\r.");
    // Metadata keeps its keys in the order stored (integer-like keys first, as JavaScript orders them).
    expect(tricky).toContain(String.raw`"metadata":{"2":{"nested":"q\"\\\u0003"},"10":[1,2.5,null,true],"source":"新华社 😀","empty":{}},"spans":`);
    expect(tricky).toContain(String.raw`"nested":"q\"\\\u0003"`);
    expect(tricky).toContain(String.raw`"entity":{"id":`);
    expect(tricky).toContain(String.raw`"name":"Tokayev \"K-J\"","externalId":"Q\\1"}`);
    expect(tricky).toContain(`"annotator":${JSON.stringify(fixture.alice.email)}`);
    expect(tricky).not.toContain(fixture.bob.email);
    for (const part of ['"metadata":{"1":[2],', '"b":1.5', '"a":"é/"']) expect(respelled).toContain(part);
    expect(bare).toMatch(/"publishedAt":null,.*"metadata":\{\},"spans":\[\],"relations":\[\],"documentLabels":\[\],"suggestionDecisions":\[\],"predictions":\[\]\}$/);
    const spans = (JSON.parse(tricky!) as { spans: { start: number; end: number; id: number; note: string }[] }).spans;
    expect(spans).toHaveLength(5);
    expect(spans.map((s) => [s.start, s.end])).toEqual([...spans].sort((a, b) => a.start - b.start || a.end - b.end || a.id - b.id).map((s) => [s.start, s.end]));
    expect(spans.map((s) => s.note)).toContain('says "so"\n\\ 🙂');
  });

  it("carry the suggestion decisions with set all only, scores and instants as JavaScript prints them", async () => {
    const [tricky, respelled] = (await exported({ set: "all" }, 2)).split("\n");
    const decisions = (JSON.parse(tricky!) as { suggestionDecisions: { id: number; score: number; decidedAt: string; decidedBy: string }[] }).suggestionDecisions;
    expect(decisions.map((d) => d.id)).toEqual([...decisions].map((d) => d.id).sort((a, b) => a - b));
    expect(decisions.map((d) => [d.score, d.decidedAt])).toEqual([
      [0.714, "2024-02-29T23:59:59.007Z"],
      [0.333, "2024-03-01T08:15:30.250Z"],
      [0.1, "2024-03-02T10:00:00.999Z"],
      [1, "2024-03-03T00:00:00.001Z"],
    ]);
    for (const score of ["0.714", "0.333", "0.1", "1"]) expect(tricky).toContain(`"score":${score},`);
    expect(tricky).toContain(String.raw`"quote":"Kazakhstan\tbacks","label":`);
    expect(tricky).toContain(`"decidedBy":${JSON.stringify(fixture.alice.email)}`);
    expect(respelled).toMatch(/"suggestionDecisions":\[\{"id":\d+,"recommender":"string-matching","layer":"entity",.*"score":0,"decision":"rejected",.*"spanId":null\}\],"predictions":\[.*\]\}$/);
    for (const set of ["gold", "annotators"] as const) expect(await exported({ set }, 2)).not.toContain("suggestionDecisions");
  });

  it("carry the model server's live predictions with set all only, in text order, with their model version and score", async () => {
    const [tricky, respelled] = (await exported({ set: "all" }, 2)).split("\n");
    type Prediction = { origin: string; modelVersion: string; score: number | null; layer: string; quote: string; entityType: string | null; stance: string | null };
    const predictions = (line: string | undefined) => (JSON.parse(line!) as { predictions: Prediction[] }).predictions;
    const person = predictions(tricky)[0]?.entityType;
    expect(predictions(tricky).map(({ origin, modelVersion, score, layer, quote, stance }) => ({ origin, modelVersion, score, layer, quote, stance }))).toEqual([
      { origin: "prediction", modelVersion: 'ner "7" \\ 🙂', score: 0.875, layer: "entity", quote: "Tokayev", stance: null },
      { origin: "prediction", modelVersion: "ner-7", score: 1 / 3, layer: "claim", quote: "Kazakhstan\tbacks", stance: "favor" },
      { origin: "prediction", modelVersion: "ner-7", score: null, layer: "entity", quote: "Almaty", stance: null },
    ]);
    expect(person).toEqual(expect.any(String));
    expect(predictions(tricky)[1]?.entityType).toBeNull();
    expect(tricky).toContain(String.raw`"modelVersion":"ner \"7\" \\ 🙂","score":0.875,`);
    expect(predictions(respelled).map((prediction) => prediction.quote)).toEqual(["Rosatom"]);
    // The imported pre-annotation is nobody's prediction, and pre-annotations are never spans.
    expect(tricky).not.toContain('"quote":"sanctions"');
    for (const set of ["gold", "annotators"] as const) expect(await exported({ set }, 2)).not.toContain('"predictions"');
  });

  it("come from SQLite itself (PostgreSQL's are built from the rows)", async () => {
    const lines = readEngineJsonlLines({ projectId: fixture.projectId, filters: { set: "all" }, batchSize: 2 });
    expect(lines === null).toBe(getEngine().kind === "postgres");
    if (!lines) return;
    const chunks: string[] = [];
    for await (const chunk of lines) chunks.push(Buffer.from(chunk).toString("utf8"));
    // A chunk per page of two documents: the second page holds the respelled metadata, which
    // takes the path that writes the metadata in JavaScript.
    expect(chunks.map((chunk) => chunk.split("\n").length - 1)).toEqual([2, 1]);
    expect(chunks.join("")).toBe(await built({ set: "all" }));
  });
});
