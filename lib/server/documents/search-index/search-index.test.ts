import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { firstRow } from "@/db/first-row";
import { documents, projects } from "@/db/schema";
import { defaultProjectSettings } from "@/lib/domain/project/project-settings";
import { insertTestDocument } from "@/lib/server/annotations/annotation-test-fixtures";
import { insertTestUser, useTestDatabase } from "@/lib/server/testing/test-database";
import { searchIndex } from "./search-index";

// Runs against the engine of the suite: FTS5 on SQLite, the tsvector index on PostgreSQL, with
// the same expectations, so that both find the same documents.
let db: Db;
let projectId: number;
const ids: Record<string, number> = {};

const longLatin = Array.from({ length: 20_000 }, (_, i) => `wort${i}`).join(" ");
const commonCharacter = Array.from({ length: 400 }, (_, i) => `的${String.fromCodePoint(0x4e00 + (i % 300))}`).join("");
const texts: Record<string, string> = {
  polish: "Kazachstan nie pomoże Rosji. Władze Kazachstanu zapowiadają kontrole.",
  chinese: "哈萨克斯坦总统托卡耶夫表示遵守对俄制裁。",
  german: "Präsident Tokajew: Kasachstan ist kein Anti-Russland.",
  greek: "Η Αθήνα και η ΟΔΟΣ Ερμού.",
  // Past PostgreSQL's 16,383 positions and its 256 positions of one word.
  long: `${longLatin} 托卡耶夫 sagte es. ${commonCharacter}的托卡`,
  // A vector larger than PostgreSQL takes whole: 150,000 different words.
  huge: Array.from({ length: 150_000 }, (_, i) => `x${i.toString(36)}y`).join(" "),
};

beforeAll(async () => {
  db = await useTestDatabase();
  const user = await insertTestUser(db, { isAdmin: true });
  projectId = firstRow(await db.insert(projects).values({ name: "Search", settings: defaultProjectSettings, createdBy: user.id }).returning()).id;
  for (const [name, text] of Object.entries(texts)) {
    ids[name] = await db.transaction(async (tx) => {
      const id = await insertTestDocument(tx, projectId, text, name === "huge" ? "Huge" : "");
      const index = searchIndex();
      await index.add(tx, [{ id, body: index.toBody(name === "huge" ? "Huge" : "", text) }]);
      return id;
    });
  }
});

async function search(q: string): Promise<string[]> {
  const index = searchIndex();
  const query = index.toQuery(q);
  if (query === null) return [];
  const rows = await index.listMatching(db, { query, afterId: 0, where: [eq(documents.projectId, projectId)], limit: 100 });
  const names = new Map(Object.entries(ids).map(([name, id]) => [id, name]));
  return rows.map((row) => names.get(row.id) ?? String(row.id));
}

describe("the word index", () => {
  it("finds inflected forms by prefix and ignores case and Latin diacritics", async () => {
    expect(await search("kazachstan")).toEqual(["polish"]);
    expect(await search("PRASIDENT tokajew")).toEqual(["german"]);
    expect(await search("anti-russ")).toEqual(["german"]);
    expect(await search("pomoze")).toEqual(["polish"]);
    // ł is a letter of its own, not l with a diacritic.
    expect(await search("wladze")).toEqual([]);
  });

  it("keeps the accents of other scripts, as FTS5 does", async () => {
    expect(await search("Αθήνα οδοσ")).toEqual(["greek"]);
    expect(await search("Αθηνα")).toEqual([]);
  });

  it("finds any Chinese substring, and only as a sequence", async () => {
    expect(await search("托卡耶夫")).toEqual(["chinese", "long"]);
    expect(await search("萨克斯")).toEqual(["chinese"]);
    expect(await search("夫耶卡托")).toEqual([]);
  });

  it("finds phrases past the thousands of words and characters of a long text", async () => {
    expect(await search("托卡耶夫 sagte wort19999")).toEqual(["long"]);
    expect(await search("的托卡")).toEqual(["long"]);
  });

  it("indexes a text too large for one PostgreSQL vector, its last words included", async () => {
    expect(await search(`Huge x${(149_999).toString(36)}y`)).toEqual(["huge"]);
  });

  it("survives hostile input", async () => {
    expect(await search('") OR body MATCH "x')).toEqual([]);
    expect(await search("a:*|b & !c <-> 'x")).toEqual([]);
    expect(await search("?!")).toEqual([]);
  });
});
