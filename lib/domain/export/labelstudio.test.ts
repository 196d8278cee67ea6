import { describe, expect, it } from "vitest";
import { readLabelStudio } from "@/lib/domain/formats/labelstudio-reader";
import { spanLabel, type ExportPrediction } from "./dataset-model";
import { locate, pythonSlice, sampleContext, sampleDocument } from "./fixtures/sample-documents";
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

  it("carries a set-all document's model predictions as Label Studio's predictions, one per model version and score", () => {
    const predicted = (id: number, quote: string, values: Partial<ExportPrediction> = {}): ExportPrediction => ({
      id, origin: "prediction", modelVersion: "ner-7", score: 0.9, layer: "entity", ...locate(document.text, quote), entityType: "PER", stance: null, ...values,
    });
    const predictions = [
      predicted(301, "Tokayev"),
      predicted(302, "Kazakhstan", { entityType: "GPE" }),
      predicted(303, "托卡耶夫", { modelVersion: "ner-8", score: null }),
    ];
    expect(task.predictions).toBeUndefined();
    const withPredictions = exportLabelStudioTask({ ...document, predictions });
    expect(withPredictions.annotations).toEqual(task.annotations);
    const region = (prediction: ExportPrediction, label: string) => ({
      id: `cd${prediction.id}`, from_name: "label", to_name: "text", type: "labels",
      value: { start: prediction.start, end: prediction.end, text: prediction.quote, labels: [label] },
    });
    expect(withPredictions.predictions).toEqual([
      { model_version: "ner-7", score: 0.9, result: [region(predictions[0]!, "PER"), region(predictions[1]!, "GPE")] },
      { model_version: "ner-8", score: null, result: [region(predictions[2]!, "PER")] },
    ]);
    const claim = predicted(304, "Kazakhstan", { layer: "claim", entityType: null, stance: "favor" });
    expect(exportLabelStudioTask({ ...document, predictions: [claim] }).predictions?.[0]?.result.map((result) => result.type === "relation" ? null : result.value)).toEqual([
      { start: claim.start, end: claim.end, text: "Kazakhstan", labels: ["Claim"] },
      { start: claim.start, end: claim.end, text: "Kazakhstan", choices: ["favor"] },
    ]);

    // A task with no annotation reads back as its predictions, as Label Studio's own tasks do.
    const result = readLabelStudio(JSON.stringify([exportLabelStudioTask({ ...document, spans: [], relations: [], documentLabels: [], predictions })]));
    if (!result.ok) throw new Error(result.error.message);
    expect(result.documents[0]?.spans.map(({ quote, label }) => [quote, label])).toEqual([["Tokayev", "PER"], ["Kazakhstan", "GPE"], ["托卡耶夫", "PER"]]);
  });
});
