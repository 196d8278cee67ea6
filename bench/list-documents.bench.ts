import { getDb } from "@/db/client";
import { documents } from "@/db/schema";
import type { Caller } from "@/lib/server/auth/caller";
import { encodeDocumentCursor } from "@/lib/server/documents/document-cursor";
import { listDocuments } from "@/lib/server/documents/list-documents";
import { searchIndex } from "@/lib/server/documents/search-index/search-index";
import { type BenchRow, percentile } from "./bench-row";
import { createBenchWorkspace } from "./bench-workspace";
import { insertRowsReturningIds, settleAfterBulkInsert } from "./bulk-insert";
import { paragraph, pickWord, seededRandom, sentence } from "./generate-articles";

const documentCount = 100_000;
const sampleCount = 200;
const languages = ["en", "de", "pl", "ru", "zh"];

const batchSize = 5_000;

/** Inserts the documents and their search index entries in batches, the fast way of each engine. */
async function seedDocuments(projectId: number): Promise<{ firstId: number; lastId: number }> {
  const random = seededRandom(7);
  const index = searchIndex();
  const ids: number[] = [];
  for (let start = 0; start < documentCount; start += batchSize) {
    const batch = Array.from({ length: Math.min(batchSize, documentCount - start) }, (_, k) => {
      const i = start + k;
      const text = paragraph(random, 600);
      return {
        projectId,
        title: `${sentence(random, 6)} ${i}`,
        text,
        chars: [...text].length,
        language: languages[i % languages.length] ?? "en",
        metadata: {},
        contentHash: `bench-${i}`,
      };
    });
    const batchIds = await insertRowsReturningIds(documents, batch);
    const indexed = batch.map((document, k) => ({ id: batchIds[k] ?? 0, body: index.toBody(document.title, document.text) }));
    await getDb().transaction((tx) => index.add(tx, indexed));
    ids.push(...batchIds);
  }
  await settleAfterBulkInsert();
  return { firstId: ids[0] ?? 0, lastId: ids.at(-1) ?? 0 };
}

async function timeEach(count: number, run: (i: number) => Promise<unknown>): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < count; i++) {
    const began = performance.now();
    await run(i);
    samples.push(performance.now() - began);
  }
  return samples;
}

function latencyRows(name: string, samples: number[], budget: string): BenchRow[] {
  return [
    { name: `${name} p50`, figure: percentile(samples, 50), unit: "ms", budget: "—" },
    { name: `${name} p95`, figure: percentile(samples, 95), unit: "ms", budget },
  ];
}

/** The documents list at 100,000 documents: random keyset pages, filters and searches. */
export async function benchListDocuments(): Promise<BenchRow[]> {
  const { caller, projectId } = await createBenchWorkspace("list-documents");
  const seedBegan = performance.now();
  const { firstId, lastId } = await seedDocuments(projectId);
  const seedSeconds = (performance.now() - seedBegan) / 1000;
  const random = seededRandom(42);
  const randomCursor = () => encodeDocumentCursor(firstId + Math.floor(random() * (lastId - firstId)));
  const list = (options: Omit<Parameters<typeof listDocuments>[0], "caller" | "projectId">, as: Caller = caller) =>
    listDocuments({ caller: as, projectId, limit: 50, ...options });

  const pages = await timeEach(sampleCount, () => list({ cursor: randomCursor() }));
  const languagePages = await timeEach(sampleCount, (i) => list({ cursor: randomCursor(), language: languages[i % languages.length] }));
  const searches = await timeEach(sampleCount, () => list({ q: pickWord(random) }));
  const searchPages = await timeEach(sampleCount, () => list({ q: pickWord(random), cursor: randomCursor() }));
  // Five-digit numbers occur in one title each.
  const rareSearches = await timeEach(sampleCount, () => list({ q: String(10_000 + Math.floor(random() * 90_000)) }));
  // One- and two-letter prefixes match many words: the widest searches.
  const shortSearches = await timeEach(sampleCount, () => list({ q: pickWord(random).slice(0, 2) }));
  const twoWordSearches = await timeEach(sampleCount, () => list({ q: `${pickWord(random)} ${pickWord(random)}`, cursor: randomCursor() }));
  return [
    { name: "list: insert 100,000 documents (bulk + search index)", figure: documentCount / seedSeconds, unit: "documents/s", budget: "—" },
    ...latencyRows("list: random keyset page of 50", pages, "< 100"),
    ...latencyRows("list: page filtered by language", languagePages, "< 100"),
    ...latencyRows("list: q search, first page", searches, "< 100"),
    ...latencyRows("list: q search, random cursor", searchPages, "< 100"),
    ...latencyRows("list: q search, rare term", rareSearches, "< 100"),
    ...latencyRows("list: q two-letter prefix", shortSearches, "< 100"),
    ...latencyRows("list: q two words, random cursor", twoWordSearches, "< 100"),
  ];
}
