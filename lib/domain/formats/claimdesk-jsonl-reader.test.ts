import { describe, expect, it } from "vitest";
import { exportClaimdeskJsonlLine } from "@/lib/domain/export/claimdesk-jsonl";
import { sampleDocument } from "@/lib/domain/export/fixtures/sample-documents";
import { readClaimdeskJsonl } from "./claimdesk-jsonl-reader";

describe("readClaimdeskJsonl", () => {
  it("is the inverse of the exporter: import ∘ export is the identity", () => {
    const documents = [sampleDocument(), { ...sampleDocument(), id: 43, spans: [], relations: [], documentLabels: [], metadata: {} }];
    const result = readClaimdeskJsonl(documents.map(exportClaimdeskJsonlLine).join(""));
    expect(result).toEqual({ ok: true, documents, labels: ["PER", "GPE", "Claim", "ORG"] });
  });

  it("reads a line of an export of set all, leaving its suggestion decisions and predictions out", () => {
    const decision = {
      id: 3, recommender: "string-matching", layer: "entity", start: 0, end: 1, quote: "😀", label: "PER", score: 0.333,
      decision: "rejected", decidedBy: "alice@example.com", decidedAt: "2024-03-01T08:15:30.250Z", spanId: null,
    } as const;
    const prediction = {
      id: 9, origin: "prediction", modelVersion: "ner-7", score: 0.9, layer: "entity", start: 0, end: 1, quote: "😀", entityType: "PER", stance: null,
    } as const;
    const line = exportClaimdeskJsonlLine({ ...sampleDocument(), suggestionDecisions: [decision], predictions: [prediction] });
    expect(line).toContain('"predictions":[{"id":9,"origin":"prediction","modelVersion":"ner-7","score":0.9,');
    const result = readClaimdeskJsonl(line);
    expect(result).toEqual({ ok: true, documents: [sampleDocument()], labels: ["PER", "GPE", "Claim", "ORG"] });
  });

  it("names the document and line of a span whose quote does not match its offsets", () => {
    const document = sampleDocument();
    document.spans[2] = { ...document.spans[2]!, start: document.spans[2]!.start + 1 };
    const content = exportClaimdeskJsonlLine(sampleDocument()) + exportClaimdeskJsonlLine(document);
    const result = readClaimdeskJsonl(content, "export.jsonl");
    expect(result.ok ? null : result.error).toMatchObject({ code: "quote_mismatch", document: "export.jsonl (document 42)", line: 2 });
    expect(result.ok ? "" : result.error.message).toContain('reads "okayev" in the text, but the file says "Tokayev"');
  });

  it("refuses another format or version with the line it is on", () => {
    const line = JSON.parse(exportClaimdeskJsonlLine(sampleDocument())) as Record<string, unknown>;
    const result = readClaimdeskJsonl(`\n${JSON.stringify({ ...line, version: 2 })}\n`, "v2.jsonl");
    expect(result.ok ? null : result.error).toMatchObject({ code: "invalid_document", line: 2 });
    expect(result.ok ? "" : result.error.message).toContain("version");
  });
});
