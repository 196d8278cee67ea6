import { describe, expect, it } from "vitest";
import { exportClaimdeskJsonlLine } from "./claimdesk-jsonl";
import type { ExportSuggestionDecision } from "./dataset-model";
import { locate, pythonSlice, sampleDocument, sampleText } from "./fixtures/sample-documents";

describe("exportClaimdeskJsonlLine", () => {
  const line = exportClaimdeskJsonlLine(sampleDocument());

  it("writes one self-describing line per document", () => {
    expect(line.endsWith("\n")).toBe(true);
    expect(line.slice(0, -1)).not.toContain("\n");
    expect(line.startsWith('{"format":"claimdesk-jsonl","version":1,"id":42,')).toBe(true);
  });

  it("keeps code-point offsets whose Python slice is each quote", () => {
    const parsed = JSON.parse(line) as { text: string; spans: { start: number; end: number; quote: string }[] };
    expect(parsed.spans).toHaveLength(9);
    for (const span of parsed.spans) expect(pythonSlice(parsed.text, span.start, span.end)).toBe(span.quote);
  });

  it("writes no suggestionDecisions for a document without the list", () => {
    expect(line).not.toContain("suggestionDecisions");
    expect(line.endsWith(']}\n')).toBe(true);
  });

  it("writes the suggestion decisions last, in id order, each with its keys in the format's order", () => {
    const tokayev = locate(sampleText, "Tokayev");
    // Keys in another order than the format's, and the later id first.
    const rejected = {
      spanId: null,
      decidedAt: "2024-02-29T23:59:59.007Z",
      decidedBy: 'al"ice@example.com',
      decision: "rejected",
      score: 1 / 3,
      label: "ORG",
      ...tokayev,
      layer: "entity",
      recommender: "string-matching",
      id: 9,
    } satisfies ExportSuggestionDecision;
    const accepted: ExportSuggestionDecision = {
      id: 4,
      recommender: "stance-prior",
      layer: "claim",
      start: 2,
      end: 6,
      quote: "托卡耶夫",
      label: "favor",
      score: 0.1,
      decision: "accepted",
      decidedBy: "bob@example.com",
      decidedAt: "2024-03-01T00:00:00.000Z",
      spanId: 17,
    };
    const written = exportClaimdeskJsonlLine({ ...sampleDocument(), suggestionDecisions: [rejected, accepted] });
    expect(written.startsWith(line.slice(0, -"}\n".length))).toBe(true);
    expect(written.slice(line.length - "}\n".length)).toBe(
      ',"suggestionDecisions":[' +
        '{"id":4,"recommender":"stance-prior","layer":"claim","start":2,"end":6,"quote":"托卡耶夫","label":"favor","score":0.1,' +
        '"decision":"accepted","decidedBy":"bob@example.com","decidedAt":"2024-03-01T00:00:00.000Z","spanId":17},' +
        `{"id":9,"recommender":"string-matching","layer":"entity","start":${tokayev.start},"end":${tokayev.end},"quote":"Tokayev","label":"ORG",` +
        '"score":0.3333333333333333,"decision":"rejected","decidedBy":"al\\"ice@example.com","decidedAt":"2024-02-29T23:59:59.007Z","spanId":null}' +
        "]}\n",
    );
  });

  it("writes an empty list for a document of set all without decisions", () => {
    expect(exportClaimdeskJsonlLine({ ...sampleDocument(), suggestionDecisions: [] }).endsWith(',"suggestionDecisions":[]}\n')).toBe(true);
  });
});
