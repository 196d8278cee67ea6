import { describe, expect, it } from "vitest";
import { exportConllDocument } from "./conll";
import { selectAnnotationSet } from "./dataset-model";
import { documentWithEntities, sampleDocument } from "./fixtures/sample-documents";

/** Token lines of the output, blank lines (sentence ends) kept as "". */
const bodyOf = (conll: string) => conll.split("\n").slice(2, -1);

describe("exportConllDocument", () => {
  it("opens each document with -DOCSTART- and a blank line, CoNLL-2003 style", () => {
    const conll = exportConllDocument(documentWithEntities("Hi.", "en", []));
    expect(conll).toBe("-DOCSTART-\tO\n\nHi\tO\n.\tO\n\n");
  });

  it("tags an English sentence with IOB2, keeping punctuation and emoji as tokens", () => {
    const text = "😀 Kassym-Jomart Tokayev visited New York City, said 👨🏻‍🚒.";
    const document = documentWithEntities(text, "en", [["Kassym-Jomart Tokayev", "PER"], ["New York City", "GPE"]]);
    expect(bodyOf(exportConllDocument(document))).toEqual([
      "😀\tO",
      "Kassym\tB-PER",
      "-\tI-PER",
      "Jomart\tI-PER",
      "Tokayev\tI-PER",
      "visited\tO",
      "New\tB-GPE",
      "York\tI-GPE",
      "City\tI-GPE",
      ",\tO",
      "said\tO",
      "👨🏻‍🚒\tO",
      ".\tO",
      "",
    ]);
  });

  it("tokenises a Chinese sentence into words and starts each sentence after a blank line", () => {
    const text = "😀 哈萨克斯坦支持制裁。总统说。";
    const document = documentWithEntities(text, "zh", [["哈萨克斯坦", "GPE"], ["总统", "PER"]]);
    expect(bodyOf(exportConllDocument(document))).toEqual([
      "😀\tO",
      "哈萨克\tB-GPE",
      "斯坦\tI-GPE",
      "支持\tO",
      "制裁\tO",
      "。\tO",
      "",
      "总统\tB-PER",
      "说\tO",
      "。\tO",
      "",
    ]);
  });

  it("tags a whole token when a span boundary falls inside it", () => {
    const document = documentWithEntities("👨🏻‍🚒 Kazakhstan's capital", "en", [["Kazakh", "GPE"]]);
    expect(bodyOf(exportConllDocument(document))).toContain("Kazakhstan's\tB-GPE");
  });

  it("keeps the longest of overlapping entity spans", () => {
    const document = documentWithEntities("😀 Bank of Kazakhstan opened.", "en", [["Kazakhstan", "GPE"], ["Bank of Kazakhstan", "ORG"]]);
    expect(bodyOf(exportConllDocument(document)).slice(1, 4)).toEqual(["Bank\tB-ORG", "of\tI-ORG", "Kazakhstan\tI-ORG"]);
  });

  it("restarts a span with B- when it crosses a sentence boundary", () => {
    const document = documentWithEntities("I saw A. B went home.", "en", [["A. B", "ORG"]]);
    const body = bodyOf(exportConllDocument(document));
    expect(body).toContain("A\tB-ORG");
    expect(body).toContain("B\tB-ORG");
  });

  it("tags only entity spans, so claims stay O", () => {
    const gold = selectAnnotationSet(sampleDocument(), { set: "gold" });
    const tags = bodyOf(exportConllDocument(gold)).filter(Boolean).map((line) => line.split("\t")[1]);
    expect(tags.filter((tag) => tag !== "O")).toEqual(["B-PER", "I-PER", "I-PER", "I-PER", "B-GPE", "I-GPE", "B-PER", "B-GPE"]);
  });
});
