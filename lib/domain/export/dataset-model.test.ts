import { describe, expect, it } from "vitest";
import { annotationSetsOf, selectAnnotationSet, spanLabel } from "./dataset-model";
import { pythonSlice, sampleDocument } from "./fixtures/sample-documents";

describe("export model", () => {
  it("has fixture spans that are Python slices of text with emoji and Chinese before them", () => {
    const document = sampleDocument();
    for (const span of document.spans) expect(pythonSlice(document.text, span.start, span.end)).toBe(span.quote);
    expect(document.text.indexOf("Tokayev")).toBeGreaterThan(document.spans.find((span) => span.id === 103)!.start);
  });

  it("lists annotation sets gold first and restricts a document to one of them", () => {
    const document = sampleDocument();
    expect(annotationSetsOf(document)).toEqual([{ set: "gold" }, { set: "annotator", annotator: "alice@example.com" }]);
    const alice = selectAnnotationSet(document, { set: "annotator", annotator: "alice@example.com" });
    expect(alice.spans.map((span) => span.id)).toEqual([201, 202, 203]);
    expect(alice.relations).toEqual([]);
    expect(alice.documentLabels).toHaveLength(1);
    expect(selectAnnotationSet(document, { set: "gold" }).spans.every((span) => span.set === "gold")).toBe(true);
  });

  it("labels claim spans Claim and entity spans by their type key", () => {
    const [entity, , , , claim] = sampleDocument().spans;
    expect(spanLabel(entity!)).toBe("PER");
    expect(spanLabel(claim!)).toBe("Claim");
    expect(spanLabel({ ...entity!, entityType: null })).toBe("ENTITY");
  });
});
