import { describe, expect, it } from "vitest";
import { parsePredictResponse, type RawPrediction } from "./model-server-responses";
import { predictionSpans } from "./prediction-spans";

const labels = {
  entityTypes: [
    { id: 11, key: "PER", name: "Person" },
    { id: 12, key: "GPE", name: "Country" },
  ],
  stanceKeys: ["favor", "against", "neutral", "unclear"],
};

// An emoji (two UTF-16 units, one code point) before every span moves UTF-16 offsets by one.
const german = "🇰🇿 Präsident Tokajew sagte: Kasachstan unterstützt die Sanktionen.";
const chinese = "😀托卡耶夫表示，哈萨克斯坦支持制裁。";

const region = (id: string, start: number, end: number, text: string | undefined, label: string) => ({
  id,
  from_name: "label",
  to_name: "text",
  type: "labels",
  value: { start, end, ...(text === undefined ? {} : { text }), labels: [label] },
});

function prediction(result: unknown[], extra: Record<string, unknown> = {}): RawPrediction {
  const parsed = parsePredictResponse({ results: [{ result, ...extra }] });
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.value.predictions[0]!;
}

describe("predictionSpans", () => {
  it("reads code-point offsets, entity types by key or name, and a claim with its per-region stance", () => {
    const result = predictionSpans(
      german,
      prediction(
        [
          region("a", 13, 20, "Tokajew", "PER"),
          region("b", 28, 66, "Kasachstan unterstützt die Sanktionen.", "Claim"),
          { id: "b", from_name: "stance", to_name: "text", type: "choices", value: { start: 28, end: 66, choices: ["favor"] } },
          region("c", 28, 38, "Kasachstan", "country"),
        ],
        { score: 0.87, model_version: "ner-2" },
      ),
      labels,
    );
    expect(result).toEqual({
      spans: [
        { layer: "entity", start: 13, end: 20, quote: "Tokajew", entityTypeId: 11, stance: null },
        { layer: "claim", start: 28, end: 66, quote: "Kasachstan unterstützt die Sanktionen.", entityTypeId: null, stance: "favor" },
        { layer: "entity", start: 28, end: 38, quote: "Kasachstan", entityTypeId: 12, stance: null },
      ],
      dropped: [],
      score: 0.87,
      modelVersion: "ner-2",
    });
  });

  it("moves offsets that match only as UTF-16 units to code points, as the Label Studio import does", () => {
    // 😀 is two units: 托卡耶夫 is [1, 5) in code points, [2, 6) in UTF-16 units.
    const result = predictionSpans(chinese, prediction([region("a", 2, 6, "托卡耶夫", "PER"), region("b", 1, 5, "托卡耶夫", "PER")]), labels);
    expect(result.spans).toEqual([{ layer: "entity", start: 1, end: 5, quote: "托卡耶夫", entityTypeId: 11, stance: null }]);
    expect(result.dropped).toEqual([]);
  });

  it("drops and counts regions past the text, with a text other than the document's, or a label the project lacks", () => {
    const result = predictionSpans(
      chinese,
      prediction([
        region("a", 8, 40, "哈萨克斯坦支持制裁。", "GPE"),
        region("b", 8, 13, "Kazakhstan", "GPE"),
        region("c", 8, 13, "哈萨克斯坦", "ORG"),
        region("d", 8, 13, undefined, "GPE"),
        region("e", -1, 3, undefined, "GPE"),
        { id: "f", type: "labels", value: { start: "7", end: 12, labels: ["GPE"] } },
        { id: "g", type: "textarea", value: { text: ["ignored"] } },
      ]),
      labels,
    );
    expect(result.spans).toEqual([{ layer: "entity", start: 8, end: 13, quote: "哈萨克斯坦", entityTypeId: 12, stance: null }]);
    expect(result.dropped.map((entry) => entry.reason)).toEqual(["outside_text", "text_mismatch", "unknown_label", "outside_text", "not_a_region"]);
    expect(result.dropped[1]!.region).toBe('[8, 13) "Kazakhstan" GPE');
  });

  it("keeps a region repeated with the same label once, and ignores a stance the project lacks", () => {
    const claim = region("b", 5, 13, "表示，哈萨克斯坦", "Claim");
    const result = predictionSpans(
      chinese,
      prediction([claim, { ...claim, id: "b2" }, { id: "b", from_name: "stance", type: "choices", value: { choices: ["maybe"] } }]),
      labels,
    );
    expect(result.spans).toEqual([{ layer: "claim", start: 5, end: 13, quote: "表示，哈萨克斯坦", entityTypeId: null, stance: null }]);
  });
});
