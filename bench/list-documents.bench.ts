import { getDb } from "@/db/client";
import type { Caller } from "@/lib/server/auth/caller";
import { encodeDocumentCursor } from "@/lib/server/documents/document-cursor";
import { listDocuments } from "@/lib/server/documents/list-documents";
import { toSearchableText } from "@/lib/domain/text/searchable-text";
import { type BenchRow, percentile } from "./bench-row";
import { createBenchWorkspace } from "./bench-workspace";
import { paragraph, pickWord, seededRandom, sentence } from "./generate-articles";

const documentCount = 100_000;
const sampleCount = 200;
const languages = ["en", "de", "pl", "ru", "zh"];

/** Inserts the documents and their search bodies with raw SQL in one transaction. */
function seedDocuments(projectId: number): { firstId: number; lastId: number } {
  const sqlite = getDb().$client;
  const insert = sqlite.prepare(
    `INSERT INTO documents (project_id, title, text, chars, language, metadata, content_hash, created_at)
     VALUES (?, ?, ?, ?, ?, '{}', ?, ?)`,
  );
  const index = sqlite.prepare("INSERT INTO documents_search (rowid, body) VALUES (?, ?)");
  const random = seededRandom(7);
  return sqlite.transaction(() => {
    let firstId = 0;
    let lastId = 0;
    for (let i = 0; i < documentCount; i++) {
      const text = paragraph(random, 600);
      const title = `${sentence(random, 6)} ${i}`;
      const { lastInsertRowid } = insert.run(
        projectId, title, text, [...text].length, languages[i % languages.length], `bench-${i}`, Date.now(),
      );
      lastId = Number(lastInsertRowid);
      index.run(lastId, toSearchableText(title, text));
      if (i === 0) firstId = lastId;
    }
    return { firstId, lastId };
  })();
}

function timeEach(count: number, run: (i: number) => void): number[] {
  return Array.from({ length: count }, (_, i) => {
    const began = performance.now();
    run(i);
    return performance.now() - began;
  });
}

function latencyRows(name: string, samples: number[], budget: string): BenchRow[] {
  return [
    { name: `${name} p50`, figure: percentile(samples, 50), unit: "ms", budget: "—" },
    { name: `${name} p95`, figure: percentile(samples, 95), unit: "ms", budget },
  ];
}

/** The documents list at 100,000 documents: random keyset pages, filters and searches. */
export function benchListDocuments(): BenchRow[] {
  const { caller, projectId } = createBenchWorkspace("list-documents");
  const seedBegan = performance.now();
  const { firstId, lastId } = seedDocuments(projectId);
  const seedSeconds = (performance.now() - seedBegan) / 1000;
  const random = seededRandom(42);
  const randomCursor = () => encodeDocumentCursor(firstId + Math.floor(random() * (lastId - firstId)));
  const list = (options: Omit<Parameters<typeof listDocuments>[0], "caller" | "projectId">, as: Caller = caller) =>
    listDocuments({ caller: as, projectId, limit: 50, ...options });

  const pages = timeEach(sampleCount, () => list({ cursor: randomCursor() }));
  const languagePages = timeEach(sampleCount, (i) => list({ cursor: randomCursor(), language: languages[i % languages.length] }));
  const searches = timeEach(sampleCount, () => list({ q: pickWord(random) }));
  const searchPages = timeEach(sampleCount, () => list({ q: pickWord(random), cursor: randomCursor() }));
  // Five-digit numbers occur in one title each.
  const rareSearches = timeEach(sampleCount, () => list({ q: String(10_000 + Math.floor(random() * 90_000)) }));
  // One- and two-letter prefixes match many words: the widest searches.
  const shortSearches = timeEach(sampleCount, () => list({ q: pickWord(random).slice(0, 2) }));
  const twoWordSearches = timeEach(sampleCount, () => list({ q: `${pickWord(random)} ${pickWord(random)}`, cursor: randomCursor() }));
  return [
    { name: "list: insert 100,000 documents (raw SQL + search index)", figure: documentCount / seedSeconds, unit: "documents/s", budget: "—" },
    ...latencyRows("list: random keyset page of 50", pages, "< 100"),
    ...latencyRows("list: page filtered by language", languagePages, "< 100"),
    ...latencyRows("list: q search, first page", searches, "< 100"),
    ...latencyRows("list: q search, random cursor", searchPages, "< 100"),
    ...latencyRows("list: q search, rare term", rareSearches, "< 100"),
    ...latencyRows("list: q two-letter prefix", shortSearches, "< 100"),
    ...latencyRows("list: q two words, random cursor", twoWordSearches, "< 100"),
  ];
}
