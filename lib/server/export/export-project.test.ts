import { parse } from "csv-parse/sync";
import { strFromU8, unzipSync } from "fflate";
import { beforeAll, describe, expect, it } from "vitest";
import { locate } from "@/lib/domain/export/fixtures/sample-documents";
import { offsetConverter } from "@/lib/domain/formats/offset-units";
import type { Caller } from "@/lib/server/auth/caller";
import { recordSuggestionDecision } from "@/lib/server/recommenders/record-suggestion-decision";
import { getEngine } from "@/db/client";
import { useTestDatabase } from "@/lib/server/testing/test-database";
import type { ExportFilters } from "./export-filters";
import type { ExportFormat } from "./export-formats";
import { exportProject, exportToReadableStream } from "./export-project";
import { codePointSlice, exportText, setUpExportProject } from "./export-test-fixtures";

let fixture: Awaited<ReturnType<typeof setUpExportProject>>;
beforeAll(async () => {
  fixture = await setUpExportProject(await useTestDatabase());
});

async function runExport(format: ExportFormat, filters: Partial<ExportFilters> = {}, caller: Caller = fixture.reviewer) {
  const result = await exportProject({ caller, projectId: fixture.projectId, format, filters: { set: "all", ...filters }, batchSize: 1 });
  const parts: Uint8Array[] = [];
  for await (const part of result.chunks) parts.push(part);
  const bytes = new Uint8Array(parts.reduce((sum, part) => sum + part.byteLength, 0));
  let offset = 0;
  for (const part of parts) {
    bytes.set(part, offset);
    offset += part.byteLength;
  }
  return { ...result, bytes, text: () => new TextDecoder().decode(bytes) };
}

const textOf = (id: number) => (id === fixture.documentId ? exportText : "🙂 Rosatom disagrees, says Almaty.");
const jsonLines = (text: string) => text.trim().split("\n").map((line) => JSON.parse(line) as Record<string, unknown>);

interface JsonlSpan { set: string; annotator: string | null; start: number; end: number; quote: string }

describe("exportProject", async () => {
  it("JSONL: each span's quote is the code-point slice of the text; gold, submitted work, never unsubmitted", async () => {
    const lines = jsonLines((await runExport("jsonl")).text()) as { id: number; text: string; spans: JsonlSpan[]; relations: unknown[]; documentLabels: unknown[] }[];
    expect(lines.map((line) => line.id)).toEqual([fixture.documentId, fixture.otherId]);
    for (const line of lines) {
      for (const span of line.spans) expect(codePointSlice(line.text, span.start, span.end)).toBe(span.quote);
    }
    const first = lines[0]!;
    expect(first.spans.map((s) => s.annotator ?? "gold").sort()).toEqual(["gold", "gold", fixture.alice.email, fixture.alice.email].sort());
    expect(first.spans.some((s) => s.annotator === fixture.bob.email)).toBe(false);
    expect(first.spans).toContainEqual(
      expect.objectContaining({
        set: "gold",
        layer: "claim",
        quote: "哈萨克斯坦支持制裁",
        claim: { id: fixture.claimId, statement: "Kazakhstan supports the sanctions" },
        stance: "favor",
        claimant: { id: fixture.tokayevId, name: "Tokayev" },
      }),
    );
    expect(first.spans).toContainEqual(
      expect.objectContaining({ annotator: fixture.alice.email, quote: "Tokayev", entityType: "PER", entity: null }),
    );
    expect(first.spans).toContainEqual(
      expect.objectContaining({ set: "gold", entityType: "PER", entity: { id: fixture.tokayevId, name: "Tokayev", externalId: null } }),
    );
    expect(first.relations).toHaveLength(1);
    expect(first.documentLabels).toHaveLength(1);
  });

  it("filters by set, status, language and date range", async () => {
    const sets = async (filters: Partial<ExportFilters>) =>
      (jsonLines((await runExport("jsonl", filters)).text()) as { id: number; spans: JsonlSpan[] }[]).map((line) => [
        line.id,
        line.spans.map((s) => s.annotator ?? "gold").sort(),
      ]);
    const { documentId, otherId, alice } = fixture;
    expect(await sets({ set: "gold" })).toEqual([[documentId, ["gold", "gold"]], [otherId, []]]);
    expect(await sets({ set: "annotators" })).toEqual([[documentId, [alice.email, alice.email]], [otherId, [alice.email]]]);
    expect(await sets({ set: "gold", status: "adjudicated" })).toEqual([[documentId, ["gold", "gold"]]]);
    expect((await sets({ set: "gold", status: "submitted" })).map(([id]) => id)).toEqual([documentId, otherId]);
    expect((await sets({ language: "en" })).map(([id]) => id)).toEqual([otherId]);
    expect((await sets({ from: "2022-10", to: "2022-10" })).map(([id]) => id)).toEqual([documentId]);
    expect((await sets({ from: "2023" })).map(([id]) => id)).toEqual([otherId]);
    expect((await sets({ to: "2022" })).map(([id]) => id)).toEqual([documentId]);
  });

  it("CSV: claim rows whose quote is the code-point slice", async () => {
    const result = await runExport("csv");
    expect(result.contentType).toMatch(/^text\/csv/);
    const rows = parse(result.text(), { columns: true }) as Record<string, string>[];
    expect(rows.map((row) => row.annotator).sort()).toEqual([fixture.alice.email, "gold"].sort());
    for (const row of rows) {
      expect(codePointSlice(textOf(Number(row.document_id)), Number(row.start), Number(row.end))).toBe(row.quote);
    }
  });

  it("CoNLL: gold entity tokens spell the entity; other sets are labelled by a comment", async () => {
    const gold = (await runExport("conll", { set: "gold" })).text();
    expect(gold.startsWith("-DOCSTART-\tO\n")).toBe(true);
    const tagged = gold.split("\n").filter((line) => /\t[BI]-PER$/.test(line)).map((line) => line.split("\t")[0]);
    expect(tagged.join("")).toBe("托卡耶夫");
    const all = (await runExport("conll")).text();
    expect(all).toContain(`# document=${fixture.documentId} set=gold\n-DOCSTART-`);
    expect(all).toContain(`# document=${fixture.documentId} set=${fixture.alice.email}\n`);
    expect(all).not.toContain(fixture.bob.email);
  });

  it("Label Studio: a JSON array; every region's text is the code-point slice", async () => {
    const tasks = JSON.parse((await runExport("labelstudio")).text()) as {
      data: { text: string };
      annotations: { ground_truth: boolean; result: { value?: { start: number; end: number; text: string } }[] }[];
    }[];
    expect(tasks).toHaveLength(2);
    expect(tasks[0]!.annotations.map((a) => a.ground_truth)).toEqual([true, false]);
    let regions = 0;
    for (const task of tasks) {
      for (const annotation of task.annotations) {
        for (const { value } of annotation.result) {
          if (!value) continue;
          regions++;
          expect(codePointSlice(task.data.text, value.start, value.end)).toBe(value.text);
        }
      }
    }
    expect(regions).toBeGreaterThanOrEqual(5);
    expect(JSON.parse((await runExport("labelstudio", { language: "xx" })).text())).toEqual([]);
  });

  it("doccano: UTF-16 offsets that convert back to the spans' code-point offsets", async () => {
    const expected = jsonLines((await runExport("jsonl")).text()) as { id: number; spans: (JsonlSpan & { id: number })[] }[];
    const byId = new Map(expected.flatMap((line) => line.spans.map((span) => [span.id, span])));
    const lines = jsonLines((await runExport("doccano")).text()) as {
      id: number;
      annotator: string;
      text: string;
      entities: { id: number; start_offset: number; end_offset: number }[];
    }[];
    expect(lines.map((line) => [line.id, line.annotator])).toEqual([
      [fixture.documentId, "gold"],
      [fixture.documentId, fixture.alice.email],
      [fixture.otherId, fixture.alice.email],
    ]);
    for (const line of lines) {
      const offsets = offsetConverter(line.text, "utf-16");
      for (const entity of line.entities) {
        const span = byId.get(entity.id)!;
        expect(line.text.slice(entity.start_offset, entity.end_offset)).toBe(span.quote);
        expect([offsets.toCodePoint(entity.start_offset), offsets.toCodePoint(entity.end_offset)]).toEqual([span.start, span.end]);
      }
    }
  });

  it("brat: a zip with config and .txt/.ann per document and set, offsets in code points", async () => {
    const result = await runExport("brat");
    expect(result.fileName).toBe("annotation-all.zip");
    const files = unzipSync(result.bytes);
    const { documentId, otherId, alice } = fixture;
    expect(Object.keys(files).sort()).toEqual(
      [
        "annotation.conf",
        "visual.conf",
        `doc-${documentId}.gold.txt`,
        `doc-${documentId}.gold.ann`,
        `doc-${documentId}.${alice.email}.txt`,
        `doc-${documentId}.${alice.email}.ann`,
        `doc-${otherId}.${alice.email}.txt`,
        `doc-${otherId}.${alice.email}.ann`,
      ].sort(),
    );
    let checked = 0;
    for (const [path, content] of Object.entries(files)) {
      if (!path.endsWith(".ann")) continue;
      const text = strFromU8(files[path.replace(/\.ann$/, ".txt")]!);
      for (const line of strFromU8(content).split("\n").filter((l) => l.startsWith("T"))) {
        const [, typeAndOffsets, quote] = line.split("\t");
        const [, start, end] = typeAndOffsets!.split(" ");
        expect(codePointSlice(text, Number(start), Number(end))).toBe(quote);
        checked++;
      }
    }
    expect(checked).toBe(5);
    expect(strFromU8(files[`doc-${documentId}.gold.ann`]!)).toMatch(/\tsaid_by Arg1:T\d Arg2:T\d/);
  });

  it("Hugging Face: seeded splits with code-point spans and a dataset card", async () => {
    const files = unzipSync((await runExport("huggingface", { set: "gold" })).bytes);
    expect(Object.keys(files).sort()).toEqual(["README.md", "test.jsonl", "train.jsonl", "validation.jsonl"]);
    const rows = ["train", "validation", "test"].flatMap((split) => {
      const text = strFromU8(files[`${split}.jsonl`]!);
      return text ? (jsonLines(text) as { id: number; text: string; spans: { start: number; end: number; text: string }[]; claims: { start: number; end: number; text: string }[] }[]) : [];
    });
    // Only the adjudicated document has a gold set.
    expect(rows.map((row) => row.id)).toEqual([fixture.documentId]);
    for (const item of [...rows[0]!.spans, ...rows[0]!.claims]) {
      expect(codePointSlice(rows[0]!.text, item.start, item.end)).toBe(item.text);
    }
    expect(strFromU8(files["README.md"]!)).toContain("pretty_name: \"Annotation\"");
    const again = unzipSync((await runExport("huggingface", { set: "gold" })).bytes);
    expect(strFromU8(again["train.jsonl"]!)).toBe(strFromU8(files["train.jsonl"]!));
  });

  it("network: GraphML and an edge list of who claims what", async () => {
    const files = unzipSync((await runExport("network", { set: "gold" })).bytes);
    expect(strFromU8(files["network.graphml"]!)).toContain("Tokayev");
    const edges = parse(strFromU8(files["edges.csv"]!), { columns: true }) as Record<string, string>[];
    expect(edges).toEqual([expect.objectContaining({ source: "Tokayev", stance: "favor", weight: "1" })]);
  });

  it("streams through a ReadableStream", async () => {
    const result = await exportProject({ caller: fixture.admin, projectId: fixture.projectId, format: "jsonl", filters: { set: "gold" } });
    const text = await new Response(exportToReadableStream(result.chunks)).text();
    expect(text.trim().split("\n")).toHaveLength(2);
  });

  it("gives back what it reads from when the reader goes away after the first chunk", async () => {
    const result = await exportProject({ caller: fixture.admin, projectId: fixture.projectId, format: "jsonl", filters: { set: "all" }, batchSize: 1 });
    const reader = exportToReadableStream(result.chunks).getReader();
    expect((await reader.read()).done).toBe(false);
    await reader.cancel();
    expect(await result.chunks.next()).toEqual({ done: true, value: undefined });
    const engine = getEngine();
    if (engine.kind === "postgres") expect(engine.connection.pool.totalCount).toBe(engine.connection.pool.idleCount);
    // The next export runs as usual.
    expect(jsonLines((await runExport("jsonl")).text())).toHaveLength(2);
  });

  it("JSONL with set all holds the recorded suggestion decisions (recommender, score, who, when); other sets none", async () => {
    const { alice, documentId, otherId } = fixture;
    const decide = (docId: number, quote: string, score: number, decision: "accepted" | "rejected") =>
      recordSuggestionDecision({
        caller: alice,
        documentId: docId,
        decision: { recommender: "string-matching", layer: "entity", ...locate(textOf(docId), quote), label: "PER", score, decision },
      });
    const before = Date.now();
    const accepted = await decide(documentId, "Tokayev", 5 / 7, "accepted");
    const rejected = await decide(otherId, "Almaty", 1 / 3, "rejected");
    const after = Date.now();
    type Line = { id: number; spans: (JsonlSpan & { id: number })[]; suggestionDecisions?: Record<string, unknown>[] };
    const [first, other] = jsonLines((await runExport("jsonl")).text()) as Line[];
    const tokayevSpan = first!.spans.find((span) => span.annotator === alice.email && span.quote === "Tokayev");
    expect(first!.suggestionDecisions).toEqual([
      {
        id: accepted.id, recommender: "string-matching", layer: "entity", ...locate(exportText, "Tokayev"), label: "PER", score: 0.714,
        decision: "accepted", decidedBy: alice.email, decidedAt: expect.any(String), spanId: tokayevSpan?.id,
      },
    ]);
    expect(other!.suggestionDecisions).toEqual([
      expect.objectContaining({ id: rejected.id, quote: "Almaty", score: 0.333, decision: "rejected", decidedBy: alice.email, spanId: null }),
    ]);
    for (const decision of [...first!.suggestionDecisions!, ...other!.suggestionDecisions!]) {
      const at = Date.parse(String(decision.decidedAt));
      expect(new Date(at).toISOString()).toBe(decision.decidedAt);
      expect(at).toBeGreaterThanOrEqual(before);
      expect(at).toBeLessThanOrEqual(after);
    }
    for (const set of ["gold", "annotators"] as const) {
      const lines = jsonLines((await runExport("jsonl", { set })).text());
      expect(lines.length).toBeGreaterThan(0);
      expect(lines.filter((line) => "suggestionDecisions" in line)).toEqual([]);
    }
  });

  it("forbids annotators (403) and hides the project from outsiders (404)", async () => {
    await expect(runExport("jsonl", {}, fixture.alice)).rejects.toThrowError(expect.objectContaining({ code: "forbidden" }));
    await expect(exportProject({ caller: fixture.reviewer, projectId: 999_999, format: "jsonl", filters: { set: "gold" } })).rejects.toThrowError(
      expect.objectContaining({ code: "not_found" }),
    );
  });
});
