import { describe, expect, it } from "vitest";
import { exportClaimdeskJsonlLine } from "./claimdesk-jsonl";
import { pythonSlice, sampleDocument } from "./fixtures/sample-documents";

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
});
