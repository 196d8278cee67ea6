import { describe, expect, it } from "vitest";
import { notComputable } from "@/lib/domain/agreement/agreement-figure";
import { textCell, toAgreementCsv } from "./agreement-csv";
import type { AgreementReport } from "./agreement-report";

describe("textCell", () => {
  it("neutralises cells a spreadsheet would run as formulas, then quotes per RFC 4180", () => {
    expect(textCell("=HYPERLINK(\"x\")")).toBe(`"'=HYPERLINK(""x"")"`);
    for (const lead of ["+", "-", "@", "\t", "\r"]) expect(textCell(`${lead}1`).replace(/^"/, "")).toMatch(/^'/);
    expect(textCell("PER")).toBe("PER");
    expect(textCell("a, b")).toBe('"a, b"');
  });
});

describe("toAgreementCsv", () => {
  it("writes one row per figure with its reason, keeping negative values numeric", () => {
    const none = notComputable("No document, yet");
    const f1 = { exact: { value: 0.5 }, overlap: { value: 0.75 } };
    const report: AgreementReport = {
      entities: { spanF1: f1, unitizingAlpha: { value: -0.2 }, byLabel: { "=cmd": { spanF1: f1, unitizingAlpha: none } } },
      claims: { spanF1: f1, unitizingAlpha: none, stance: { units: 0, krippendorffAlpha: none, fleissKappa: none } },
      documentStance: { units: 0, krippendorffAlpha: none },
      pairs: [{ a: { id: 1, name: "@Ann" }, b: { id: 2, name: "Bo" }, documents: 1, entitiesF1: f1, claimsF1: f1 }],
      documents: 1,
      perDocument: [],
      progress: { requiredSubmissions: 2, complete: 1, total: 1 },
    };
    const lines = toAgreementCsv(report).split("\r\n");
    expect(lines[0]).toBe("scope,label,metric,value,reason");
    expect(lines).toContain("entities,,span_f1_exact,0.5,");
    expect(lines).toContain("entities,,unitizing_alpha,-0.2,");
    expect(lines).toContain(`entities,'=cmd,unitizing_alpha,,"No document, yet"`);
    expect(lines).toContain("pair,'@Ann / Bo,claims_f1_overlap,0.75,");
    // Header, 3 entity, 3 "=cmd", 3 claim, 2 stance, 1 document stance, 4 pair rows, and the final line break.
    expect(lines).toHaveLength(1 + 3 + 3 + 3 + 2 + 1 + 4 + 1);
  });
});
