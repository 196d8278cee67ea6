import { describe, expect, it } from "vitest";
import { fixtureFile, readFixture } from "./fixtures/read-fixture";
import { parseImportFile, type ParsedImportFile } from "./parse-import-file";

const utf8 = (text: string) => new TextEncoder().encode(text);

function documentsOf(result: ParsedImportFile) {
  if (!result.ok) throw new Error(`expected documents, got ${result.error.code}: ${result.error.message}`);
  return result.documents;
}

function errorOf(result: ParsedImportFile) {
  if (result.ok) throw new Error("expected an error");
  return result.error;
}

describe("parseImportFile: plain text", () => {
  it("keeps a German text with stray HTML fragments verbatim", () => {
    const [draft] = documentsOf(parseImportFile(fixtureFile("de-stray-fragments.txt")));
    expect(draft?.text).toBe(readFixture("de-stray-fragments.txt").trimEnd());
    expect(draft?.text).toContain("sein“ /></p>\n<p>Kassym");
    expect(draft?.text).toContain("<p _ngcontent-sc94 class=Der");
    expect(draft?.text).toContain("\n    < li>Die Ausfuhr");
    expect(draft).toMatchObject({ title: "Tokajew in Berlin: Kasachstan will die Umgehung der Sanktionen verhindern", language: "de", sourceFormat: "text", publishedAt: null });
  });

  it("keeps the indented bullets of a Polish text and takes its first line as title", () => {
    const [draft] = documentsOf(parseImportFile(fixtureFile("pl-bullets.txt")));
    expect(draft?.text).toBe(readFixture("pl-bullets.txt").trimEnd());
    expect(draft).toMatchObject({ title: "Kazachstan nie pomoże Rosji omijać sankcji", language: "pl" });
  });

  it("turns a leading date marker into publishedAt", () => {
    const [draft] = documentsOf(parseImportFile(fixtureFile("pl-dated.txt")));
    expect(draft?.publishedAt).toBe("2022-10");
    expect(draft?.text.startsWith("Rzecznik MSZ Kazachstanu oświadczył")).toBe(true);
    expect(draft?.text).not.toContain("date 2022");
    expect(draft?.language).toBe("pl");
  });

  it("reads an English article", () => {
    const [draft] = documentsOf(parseImportFile(fixtureFile("en-article.txt")));
    expect(draft).toMatchObject({ title: "Kazakhstan says it will not help Russia dodge sanctions", language: "en" });
    expect(draft?.text.split("\n\n")).toHaveLength(5);
  });

  it("normalises BOM, CRLF and decomposed characters, and nothing else", () => {
    const raw = "\uFEFF\r\nKazakhstan backs sanctions\r\n\r\nThe cafe\u0301 owners in Almaty  agreed\rwith the <b>government</b>.\r\n";
    const [draft] = documentsOf(parseImportFile({ name: "note.TXT", bytes: utf8(raw) }));
    expect(draft?.text).toBe("Kazakhstan backs sanctions\n\nThe café owners in Almaty  agreed\nwith the <b>government</b>.");
    expect(draft?.raw).toBe(raw.slice(1));
  });
});

describe("parseImportFile: HTML", () => {
  it("treats a .txt file holding an HTML fragment as HTML", () => {
    const [draft] = documentsOf(parseImportFile(fixtureFile("zh-news-fragment.txt")));
    expect(draft).toMatchObject({ sourceFormat: "html", language: "zh", title: "哈萨克斯坦为何收紧对俄出口管制？" });
    expect(draft?.text).not.toContain("<");
    expect(draft?.raw).toBe(readFixture("zh-news-fragment.txt"));
  });

  it("reads an .html page with its metadata", () => {
    const [draft] = documentsOf(parseImportFile(fixtureFile("zh-news-page.html")));
    expect(draft).toMatchObject({ language: "zh", publishedAt: "2022-10-05T08:30:00+08:00", sourceFormat: "html" });
    expect(draft?.text.split("\n\n")).toHaveLength(6);
  });
});

describe("parseImportFile: JSONL and CSV", () => {
  it("reads JSONL lines, skipping blank ones and keeping foreign fields as metadata", () => {
    const drafts = documentsOf(parseImportFile(fixtureFile("documents.jsonl")));
    expect(drafts.map((draft) => [draft.externalId, draft.language, draft.sourceFormat])).toEqual([
      ["kz-001", "en", "jsonl"],
      ["kz-002", "de", "jsonl"],
      [null, "pl", "jsonl"],
    ]);
    expect(drafts[0]?.metadata).toEqual({ outlet: "Example Times" });
    expect(drafts[1]?.title).toBe("Tokajew in Berlin");
    expect(drafts[2]?.metadata).toEqual({ id: 17, label: [[0, 10, "GPE"]] });
  });

  it("reads CSV rows with quoted multi-line cells and extra columns as metadata", () => {
    const drafts = documentsOf(parseImportFile(fixtureFile("documents.csv")));
    expect(drafts).toHaveLength(2);
    expect(drafts[0]).toMatchObject({
      title: "Kazakhstan backs sanctions",
      text: 'Kazakhstan said on Wednesday that it would respect the sanctions against Russia.\n\n"We will not help anyone evade them," the spokesman said.',
      language: "en",
      publishedAt: "2022-10-05",
      externalId: "kz-101",
      sourceUrl: "https://example.org/kz-101",
      metadata: { outlet: "Example Times" },
      sourceFormat: "csv",
    });
    expect(drafts[1]).toMatchObject({ language: "de", publishedAt: "2023-09", sourceUrl: null, metadata: { outlet: "Beispielzeitung" } });
  });
});

describe("parseImportFile: lenient CSV", () => {
  it("accepts quotes inside unquoted cells, CRLF rows and header spellings such as 'Published At'", () => {
    const csv = 'Title,Text,Published At,Author\r\nA,He said "no" to the Kremlin,2022-10,Jan\r\n';
    const [draft] = documentsOf(parseImportFile({ name: "rows.csv", bytes: utf8(csv) }));
    expect(draft).toMatchObject({ text: 'He said "no" to the Kremlin', publishedAt: "2022-10", metadata: { Author: "Jan" } });
  });
});

describe("parseImportFile: errors", () => {
  const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 0]);

  it.each([
    ["empty.txt", new Uint8Array(), "empty_file"],
    ["blank.txt", utf8(" \n\t\r\n "), "empty_file"],
    ["photo.txt", png, "binary_file"],
    ["controls.txt", new Uint8Array(Array.from({ length: 100 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x41))), "binary_file"],
    ["latin1.txt", new Uint8Array([0x4b, 0x61, 0xc3, 0x28, 0x7a]), "invalid_encoding"],
    ["utf16.txt", new Uint8Array([0xff, 0xfe, 0x4b, 0x00]), "invalid_encoding"],
    ["article.docx", utf8("Kazakhstan"), "unsupported_extension"],
    ["page.html", utf8(readFixture("boilerplate-only.html")), "no_content"],
    ["dated.txt", utf8(" date 2022-10 \n"), "no_content"],
  ])("rejects %s with %s", (name, bytes, code) => {
    expect(errorOf(parseImportFile({ name, bytes })).code).toBe(code);
  });

  it("names the line of a NUL byte in an otherwise textual file", () => {
    const bytes = utf8("Kazakhstan backs sanctions.\nAstana agreed.\nTokayev \u0000said so.\n");
    expect(errorOf(parseImportFile({ name: "notes.txt", bytes }))).toMatchObject({ code: "binary_file", line: 3 });
  });

  it("names the line where a file stops being UTF-8", () => {
    const bytes = new Uint8Array([...utf8("Kazachstan popiera sankcje.\nZa\u017c\u00f3\u0142\u0107 "), 0xb3, 0xea, ...utf8(" g\u0119\u015bl\u0105.\n")]);
    const error = errorOf(parseImportFile({ name: "latin2.txt", bytes }));
    expect(error).toMatchObject({ code: "invalid_encoding", line: 2 });
    expect(error.message).toMatch(/^line 2 is not valid UTF-8/);
  });

  it("refuses a JSONL file cut off in the middle of its last line, naming that line", () => {
    const jsonl = '{"text":"Kazakhstan backs sanctions"}\n{"text":"Astana agreed"}\n{"text":"Tokayev sa';
    const error = errorOf(parseImportFile({ name: "cut.jsonl", bytes: utf8(jsonl) }));
    expect(error).toMatchObject({ code: "invalid_json", line: 3 });
  });

  it("lists the supported extensions", () => {
    expect(errorOf(parseImportFile({ name: "a.pdf", bytes: utf8("x") })).message).toContain(".txt, .html, .htm, .jsonl, .csv");
  });

  it("accepts a UTF-8 BOM", () => {
    expect(parseImportFile({ name: "a.txt", bytes: new Uint8Array([0xef, 0xbb, 0xbf, ...utf8("Kazakhstan backs sanctions")]) }).ok).toBe(true);
  });

  it.each([
    ["documents-broken-json.jsonl", "invalid_json", 3, /line 3 is not valid JSON/],
    ["documents-missing-text.jsonl", "invalid_document", 3, /^line 3: either text or html is required$/],
    ["documents-bad-date.csv", "invalid_date", 3, /^line 3: "next week" is not an ISO 8601 date/],
    ["documents-unclosed-quote.csv", "invalid_csv", 2, /Quote Not Closed/],
    ["documents-no-text-column.csv", "invalid_csv", 1, /needs a "text" or "html" column/],
    ["documents-header-only.csv", "invalid_csv", 1, /header row but no documents/],
  ])("rejects the whole of %s with %s at line %i", (fixture, code, line, message) => {
    const error = errorOf(parseImportFile(fixtureFile(fixture)));
    expect(error).toMatchObject({ code, line });
    expect(error.message).toMatch(message);
  });

  it("names the file line a multi-line CSV row starts on", () => {
    const csv = 'title,text,language\nA,"Kazakhstan said\n\nit would comply.",en\nB,"Astana\nagreed.",Kazakh\n';
    expect(errorOf(parseImportFile({ name: "rows.csv", bytes: utf8(csv) }))).toMatchObject({ code: "invalid_language", line: 5 });
  });

  it("reports a JSONL line that is valid JSON but not a document", () => {
    const jsonl = '{"text":"Kazakhstan backs sanctions"}\n["not", "an", "object"]\n';
    expect(errorOf(parseImportFile({ name: "docs.jsonl", bytes: utf8(jsonl) }))).toMatchObject({ code: "invalid_document", line: 2 });
  });

  it("imports nothing from a file with one bad row among good ones", () => {
    expect(parseImportFile(fixtureFile("documents-bad-date.csv")).ok).toBe(false);
  });
});
