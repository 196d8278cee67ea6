import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { claimsCsvHeader, exportClaimsCsvRows } from "./claims-csv";
import { csvCell, csvRow } from "./csv-cell";
import { pythonSlice, sampleDocument } from "./fixtures/sample-documents";

describe("csvCell", () => {
  it("neutralises every cell a spreadsheet would run as a formula", () => {
    for (const dangerous of ["=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx"]) expect(csvCell(dangerous).replace(/^"/, "")).toMatch(/^'/);
    expect(csvCell("=HYPERLINK(\"http://evil\")")).toBe(`"'=HYPERLINK(""http://evil"")"`);
    expect(csvCell("safe - text")).toBe("safe - text");
    expect(csvCell(-3)).toBe("-3");
  });

  it("quotes commas, quotes and line breaks as RFC 4180 asks", () => {
    expect(csvCell('a "b", c')).toBe('"a ""b"", c"');
    expect(csvCell("two\nlines")).toBe('"two\nlines"');
    expect(csvCell(null)).toBe("");
    expect(csvRow(["a", 1, null])).toBe("a,1,\r\n");
  });
});

describe("exportClaimsCsvRows", () => {
  const document = sampleDocument();
  const csv = claimsCsvHeader() + exportClaimsCsvRows(document);
  const [header, ...rows] = parse(csv, { relax_column_count: false }) as string[][];

  it("writes a header and one row per claim span, gold or annotator", () => {
    expect(header).toEqual(["document_id", "title", "language", "published_at", "quote", "start", "end", "claim", "stance", "claimant", "annotator", "note"]);
    expect(rows).toHaveLength(document.spans.filter((span) => span.layer === "claim").length);
    expect(rows.map((row) => row[10])).toEqual(["gold", "gold", "alice@example.com"]);
    expect(csv.endsWith("\r\n")).toBe(true);
  });

  it("gives code-point offsets whose Python slice is the quote, across emoji and Chinese", () => {
    for (const row of rows) expect(pythonSlice(document.text, Number(row[5]), Number(row[6]))).toBe(row[4]);
    expect(rows[0]![4]).toContain("\n👨🏻‍🚒");
    expect(rows[0]![1]).toBe('托卡耶夫: "sanctions" 😀');
  });

  it("neutralises a formula in a note and keeps the canonical claim and claimant", () => {
    const gold = rows.find((row) => row[4] === "Kazakhstan backs the sanctions")!;
    expect(gold[11]).toBe(`'=HYPERLINK("http://evil")`);
    expect(gold.slice(7, 10)).toEqual(["Kazakhstan supports the sanctions regime", "favor", "Kassym-Jomart Tokayev"]);
  });
});
