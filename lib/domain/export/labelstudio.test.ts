import { describe, expect, it } from "vitest";
import { readLabelStudio } from "@/lib/domain/formats/labelstudio-reader";
import { spanLabel } from "./dataset-model";
import { pythonSlice, sampleContext, sampleDocument } from "./fixtures/sample-documents";
import { jsonArrayElement, jsonArrayEnd } from "./json-array";
import { exportLabelStudioTask } from "./labelstudio";
import { labelStudioConfig } from "./labelstudio-config";

const document = sampleDocument();
const task = exportLabelStudioTask(document);

describe("exportLabelStudioTask", () => {
  it("makes one annotation per annotator, gold as the ground truth", () => {
    expect(task.data.text).toBe(document.text);
    expect(task.annotations.map((annotation) => [annotation.completed_by?.email, annotation.ground_truth])).toEqual([
      [undefined, true],
      ["alice@example.com", false],
    ]);
  });

  it("keeps code-point offsets, the unit Label Studio stores, whose Python slice is the region text", () => {
    const regions = task.annotations.flatMap((annotation) => annotation.result).filter((result) => result.type === "labels");
    expect(regions).toHaveLength(document.spans.length);
    for (const region of regions) {
      if (region.type !== "labels") continue;
      expect(pythonSlice(document.text, region.value.start, region.value.end)).toBe(region.value.text);
    }
  });

  it("adds per-region stance choices and relations for claimants and typed relations", () => {
    const gold = task.annotations[0]!.result;
    expect(gold).toContainEqual(expect.objectContaining({ id: "cd105", type: "choices", from_name: "stance", value: expect.objectContaining({ choices: ["favor"] }) }));
    expect(gold).toContainEqual({ from_id: "cd105", to_id: "cd103", type: "relation", direction: "right", labels: ["Claimant"] });
    expect(gold).toContainEqual({ from_id: "cd103", to_id: "cd104", type: "relation", direction: "right", labels: ["leader_of"] });
  });

  it("comes with a labeling config naming the same controls", () => {
    const config = labelStudioConfig({ ...sampleContext.schema, entityTypes: [{ key: "PER", name: "Person <& co>", color: "#2563eb" }] });
    expect(config).toContain('<Labels name="label" toName="text">');
    expect(config).toContain('<Label value="PER" hint="Person &lt;&amp; co&gt;" background="#2563eb"/>');
    expect(config).toContain('<Choices name="stance" toName="text" perRegion="true">');
    expect(config).toContain("white-space: pre-wrap");
  });

  it("streams as one JSON array and reads back as the same spans and relations", () => {
    const file = [document, { ...document, id: 43, spans: [], relations: [] }]
      .map((item, index) => jsonArrayElement(exportLabelStudioTask(item), index))
      .join("") + jsonArrayEnd(2);
    expect(jsonArrayEnd(0)).toBe("[]\n");
    const result = readLabelStudio(file);
    if (!result.ok) throw new Error(result.error.message);
    expect(result.documents).toHaveLength(2);
    const [read] = result.documents;
    const byAnnotationSet = [...document.spans.filter((span) => span.set === "gold"), ...document.spans.filter((span) => span.set !== "gold")];
    expect(read!.spans.map(({ start, end, label, quote }) => ({ start, end, label, quote }))).toEqual(
      byAnnotationSet.map((span) => ({ start: span.start, end: span.end, label: spanLabel(span), quote: span.quote })),
    );
    expect(read!.spans.find((span) => span.sourceId === "cd203")).toMatchObject({ annotator: "alice@example.com", attributes: { stance: "against" } });
    expect(read!.relations).toHaveLength(3);
  });
});
