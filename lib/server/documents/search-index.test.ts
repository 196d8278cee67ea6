import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { toSearchableText, toSearchMatchExpression } from "@/lib/domain/text/searchable-text";

// The same FTS5 table definition as the migration `0001_documents_search`.
describe("searching a word index with these forms", () => {
  const db = new Database(":memory:");
  db.exec("CREATE VIRTUAL TABLE s USING fts5(body, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 2')");
  const documents = [
    "Kazachstan nie pomoże Rosji. Władze Kazachstanu zapowiadają kontrole.",
    "哈萨克斯坦总统托卡耶夫表示遵守对俄制裁。",
    "Präsident Tokajew: Kasachstan ist kein Anti-Russland.",
  ];
  documents.forEach((text, i) => db.prepare("INSERT INTO s(rowid, body) VALUES (?, ?)").run(i + 1, toSearchableText("", text)));
  const search = (q: string) =>
    (db.prepare("SELECT rowid FROM s WHERE s MATCH ? ORDER BY rowid").all(toSearchMatchExpression(q)) as { rowid: number }[]).map(
      (r) => r.rowid,
    );

  it("finds inflected forms by prefix and ignores case and diacritics", () => {
    expect(search("kazachstan")).toEqual([1]);
    expect(search("PRASIDENT tokajew")).toEqual([3]);
  });

  it("finds any Chinese substring, and only as a sequence", () => {
    expect(search("托卡耶夫")).toEqual([2]);
    expect(search("萨克斯")).toEqual([2]);
    expect(search("夫耶卡托")).toEqual([]);
  });

  it("survives hostile input", () => {
    expect(search('") OR body MATCH "x')).toEqual([]);
  });
});
