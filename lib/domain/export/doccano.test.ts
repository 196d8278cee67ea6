import { describe, expect, it } from "vitest";
import { readDoccano } from "@/lib/domain/formats/doccano-reader";
import { selectAnnotationSet, spanLabel } from "./dataset-model";
import { exportDoccanoLine } from "./doccano";
import { pythonSlice, sampleDocument } from "./fixtures/sample-documents";

const gold = selectAnnotationSet(sampleDocument(), { set: "gold" });
type Line = { id: number; text: string; entities: { id: number; label: string; start_offset: number; end_offset: number }[]; relations: { id: number; from_id: number; to_id: number; type: string }[] };

describe("exportDoccanoLine", () => {
  it("writes UTF-16 offsets by default, as doccano's browser annotator counts them", () => {
    const line = JSON.parse(exportDoccanoLine(gold)) as Line;
    expect(line.entities).toHaveLength(gold.spans.length);
    gold.spans.forEach((span, index) => {
      const entity = line.entities[index]!;
      expect(line.text.slice(entity.start_offset, entity.end_offset)).toBe(span.quote);
      expect(entity).toMatchObject({ id: span.id, label: spanLabel(span) });
    });
    // "Tokayev" starts at code point 26; 😀, 👨, 🏻 and 🚒 before it take two UTF-16 units each.
    expect(line.entities[2]).toMatchObject({ start_offset: 30, end_offset: 37 });
  });

  it("writes code points when asked, whose Python slices are the quotes", () => {
    const line = JSON.parse(exportDoccanoLine(gold, "code-point")) as Line;
    gold.spans.forEach((span, index) => {
      const entity = line.entities[index]!;
      expect(pythonSlice(line.text, entity.start_offset, entity.end_offset)).toBe(span.quote);
    });
  });

  it("links claimant mentions and relations by entity id", () => {
    const line = JSON.parse(exportDoccanoLine(gold)) as Line;
    expect(line.relations).toEqual([
      { id: 1, from_id: 105, to_id: 103, type: "Claimant" },
      { id: 2, from_id: 103, to_id: 104, type: "leader_of" },
    ]);
  });

  it("reads back as the same spans and relations, in each offset unit", () => {
    for (const unit of ["utf-16", "code-point", "grapheme"] as const) {
      const result = readDoccano(exportDoccanoLine(gold, unit) + exportDoccanoLine(gold, unit), "export.jsonl", unit);
      if (!result.ok) throw new Error(result.error.message);
      expect(result.documents).toHaveLength(2);
      const [read] = result.documents;
      expect(read!.spans.map(({ start, end, label, quote }) => ({ start, end, label, quote }))).toEqual(
        gold.spans.map((span) => ({ start: span.start, end: span.end, label: spanLabel(span), quote: span.quote })),
      );
      expect(read!.relations).toEqual([
        { type: "Claimant", from: 4, to: 2 },
        { type: "leader_of", from: 2, to: 3 },
      ]);
    }
  });
});
