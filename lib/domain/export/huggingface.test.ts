import { describe, expect, it } from "vitest";
import { datasetCardReadme } from "./dataset-card";
import { selectAnnotationSet } from "./dataset-model";
import { assignSplit, datasetSplits } from "./dataset-split";
import { countRow, createDatasetStats } from "./dataset-stats";
import { pythonSlice, sampleContext, sampleDocument } from "./fixtures/sample-documents";
import { huggingFaceLabelNames, huggingFaceLine, huggingFaceRow } from "./huggingface-rows";

const gold = selectAnnotationSet(sampleDocument(), { set: "gold" });
const labelNames = huggingFaceLabelNames(sampleContext.schema);
const row = huggingFaceRow(gold, labelNames);

describe("huggingFaceRow", () => {
  it("names the IOB2 tags O, then B-/I- per entity type", () => {
    expect(labelNames).toEqual(["O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-GPE", "I-GPE", "B-LOC", "I-LOC"]);
  });

  it("gives one tag id per token, as the CoNLL export tags them", () => {
    expect(row.tokens).toHaveLength(row.ner_tags.length);
    const tagged = row.tokens.flatMap((token, index) => (row.ner_tags[index] === 0 ? [] : [`${token}/${labelNames[row.ner_tags[index]!]}`]));
    expect(tagged).toEqual(["托/B-PER", "卡/I-PER", "耶/I-PER", "夫/I-PER", "哈萨克/B-GPE", "斯坦/I-GPE", "Tokayev/B-PER", "Kazakhstan/B-GPE"]);
  });

  it("writes entity and claim spans whose Python slices are their text", () => {
    expect(row.spans).toHaveLength(4);
    expect(row.claims).toHaveLength(2);
    for (const span of [...row.spans, ...row.claims]) expect(pythonSlice(row.text, span.start, span.end)).toBe(span.text);
    expect(row.claims[1]).toMatchObject({ claim_id: 1, stance: "favor", claimant: "Kassym-Jomart Tokayev" });
    expect(huggingFaceLine(row).endsWith("}\n")).toBe(true);
  });
});

describe("assignSplit", () => {
  const ids = Array.from({ length: 5000 }, (_, index) => index + 1);

  it("is deterministic for a seed and roughly 80/10/10", () => {
    const splits = ids.map((id) => assignSplit(id, "seed-1"));
    expect(ids.map((id) => assignSplit(id, "seed-1"))).toEqual(splits);
    const share = (split: string) => splits.filter((candidate) => candidate === split).length / ids.length;
    expect(share("train")).toBeGreaterThan(0.77);
    expect(share("train")).toBeLessThan(0.83);
    expect(share("validation")).toBeGreaterThan(0.08);
    expect(share("test")).toBeGreaterThan(0.08);
  });

  it("changes with the seed and honours other ratios", () => {
    const first = ids.map((id) => assignSplit(id, "seed-1"));
    const second = ids.map((id) => assignSplit(id, "seed-2"));
    expect(first.filter((split, index) => split !== second[index]).length).toBeGreaterThan(500);
    expect(new Set(ids.map((id) => assignSplit(id, "s", { train: 0, validation: 0, test: 1 })))).toEqual(new Set(["test"]));
    expect(() => assignSplit(1, "s", { train: 0, validation: 0, test: 0 })).toThrow(RangeError);
  });
});

describe("datasetCardReadme", () => {
  it("documents schema, label counts per split and agreement", () => {
    const stats = createDatasetStats();
    countRow(stats, "train", row);
    countRow(stats, "test", row);
    const readme = datasetCardReadme({
      name: "Kazakhstan sanctions | claims",
      description: "News claims about sanctions.",
      languages: ["zh", "en"],
      license: "cc-by-4.0",
      schema: sampleContext.schema,
      labelNames,
      stats,
      agreement: [{ measure: "Krippendorff's alpha (claims)", value: 0.71234, scope: "120 documents" }],
      seed: "seed-1",
      ratios: { train: 0.8, validation: 0.1, test: 0.1 },
      annotationSet: "gold (adjudicated)",
    });
    expect(readme.startsWith("---\nlicense: \"cc-by-4.0\"\nlanguage:\n- \"zh\"\n- \"en\"\n")).toBe(true);
    expect(readme).toContain("  - split: train\n    path: train.jsonl\n  - split: test\n    path: test.jsonl");
    expect(readme).not.toContain("split: validation");
    expect(readme).toContain("| split | documents | tokens | entities: GPE | entities: PER | claims: favor |");
    expect(readme).toContain(`| train | 1 | ${row.tokens.length} | 2 | 2 | 2 |`);
    expect(readme).toContain("| Krippendorff's alpha (claims) | 0.712 | 120 documents |");
    expect(readme).toContain("# Kazakhstan sanctions | claims");
    expect(readme).toContain("| 5 | B-GPE |");
    expect(datasetSplits).toEqual(["train", "validation", "test"]);
  });
});
