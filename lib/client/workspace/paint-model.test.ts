import { describe, expect, it } from "vitest";
import type { LabelSchema, Span } from "./api-types";
import { paintStyles, spanPaintItems, spanPaintKey, suggestionPaintItems } from "./paint-model";

const schema: LabelSchema = {
  entityTypes: [{ id: 1, key: "PER", name: "Person", color: "#2563eb", hotkey: "1" }],
  stanceLabels: [{ id: 1, key: "favor", name: "Favor", color: "#16a34a", hotkey: "f" }],
};

const span = (id: number, start: number, end: number, changes: Partial<Span> = {}): Span => ({
  id, layer: "entity", start, end, quote: "x", entityTypeId: 1, entityId: null, claimId: null, stance: null,
  claimantEntityId: null, claimantMentionId: null, note: "", origin: "manual", version: 1, ...changes,
});

describe("spanPaintKey", () => {
  it("ignores what paints nothing (ids, versions, notes, links) and follows what does", () => {
    const spans = [span(-1, 0, 5), span(2, 3, 9, { layer: "claim", entityTypeId: null, stance: "favor" })];
    const saved = [span(7, 0, 5, { version: 2, note: "why", entityId: 4 }), { ...spans[1]!, claimId: 3 }];
    expect(spanPaintKey(schema, saved)).toBe(spanPaintKey(schema, spans));
    expect(spanPaintItems(schema, saved)).toEqual(spanPaintItems(schema, spans));
    expect(spanPaintKey(schema, [spans[0]!, { ...spans[1]!, stance: null }])).not.toBe(spanPaintKey(schema, spans));
    expect(spanPaintKey(schema, [span(-1, 0, 6), spans[1]!])).not.toBe(spanPaintKey(schema, spans));
  });
});

describe("suggestionPaintItems", () => {
  it("paints alias matches grey and imported spans dashed in their type or stance colour, each with a style", () => {
    const imported = { source: "preannotation" as const, quote: "x", entityId: null, claimId: null, claimantEntityId: null, claimantMention: null, note: "", prediction: null };
    const items = suggestionPaintItems(schema, [
      { source: "alias", entityId: 1, entityTypeId: 1, start: 0, end: 3, quote: "x", alias: "x" },
      { ...imported, id: 7, layer: "entity", start: 4, end: 6, entityTypeId: 1, stance: null },
      { ...imported, id: 8, layer: "claim", start: 0, end: 9, entityTypeId: null, stance: "favor" },
      { ...imported, id: 9, layer: "claim", start: 10, end: 19, entityTypeId: null, stance: null },
    ]);
    const styles = paintStyles(schema);
    expect(items.map((item) => styles.get(item.name)?.underline)).toEqual([
      { color: "#64748b", track: 0, dashed: true },
      { color: "#2563eb", track: 0, dashed: true },
      { color: "#16a34a", track: 1, dashed: true },
      { color: "#64748b", track: 1, dashed: true },
    ]);
  });
});
