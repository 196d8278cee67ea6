// A large document with many spans for the workspace bench: the text through the import API,
// the spans straight into the server's database (2,000 API writes would time the server, not the page).
import type { APIRequestContext } from "@playwright/test";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { annotations, users } from "@/db/schema";
import { insertRows } from "./bulk-insert";

const vocabulary = (
  "Kasachstan Russland Sanktionen Tokajew Astana Moskau Regierung Präsident erklärte sagte Exporte Pipeline " +
  "sanctions envoy goods dual-use trade partners economy Brussels Washington compliance re-export customs " +
  "托卡耶夫 哈萨克斯坦 制裁 😀 Café naïve the of and in that with for on by from"
).split(" ");

/** A deterministic pseudo-random sequence, so that every run measures the same document. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

interface Word {
  text: string;
  /** Code-point offset in the document. */
  start: number;
  end: number;
}

/** About `chars` characters in paragraphs of sentences, and where each word sits (code points). */
export function generateArticle(chars: number, label: string): { text: string; words: Word[]; sentences: Word[] } {
  const next = random(42);
  const pick = () => vocabulary[Math.floor(next() * vocabulary.length)]!;
  const words: Word[] = [];
  const sentences: Word[] = [];
  let text = `Workspace bench ${label}\n\n`;
  let cp = Array.from(text).length;
  while (text.length < chars) {
    for (let s = 0; s < 4; s++) {
      const sentenceStart = cp;
      const length = 12 + Math.floor(next() * 14);
      for (let w = 0; w < length; w++) {
        const word = pick();
        const size = Array.from(word).length;
        words.push({ text: word, start: cp, end: cp + size });
        const separator = w === length - 1 ? ". " : " ";
        text += word + separator;
        cp += size + separator.length;
      }
      sentences.push({ text: "", start: sentenceStart, end: cp - 1 });
    }
    text = text.trimEnd() + "\n\n";
    cp = Array.from(text).length;
  }
  return { text: text.trimEnd(), words, sentences };
}

/** The demo project (seeded on an empty database) and the ids and keys of its labels. */
export async function demoProjectLabels(api: APIRequestContext): Promise<{ projectId: number; entityTypeIds: number[]; stances: string[] }> {
  const { items } = (await (await api.get("/api/projects")).json()) as { items: { id: number; name: string }[] };
  const project = items.find((p) => p.name === "Kazakhstan and the sanctions");
  if (!project) throw new Error("The demo project is missing; start the server with CLAIMDESK_DEMO=1 on an empty database");
  const schema = (await (await api.get(`/api/projects/${project.id}/schema`)).json()) as {
    entityTypes: { id: number }[];
    stanceLabels: { key: string }[];
  };
  return { projectId: project.id, entityTypeIds: schema.entityTypes.map((t) => t.id), stances: schema.stanceLabels.map((s) => s.key) };
}

export async function importDocument(api: APIRequestContext, projectId: number, title: string, text: string): Promise<number> {
  const response = await api.post(`/api/projects/${projectId}/documents`, { data: { documents: [{ title, text, language: "de" }] } });
  const report = (await response.json()) as { imported: { id: number }[]; duplicates: { duplicateOf: number }[] };
  const id = report.imported[0]?.id ?? report.duplicates[0]?.duplicateOf;
  if (!id) throw new Error(`Import failed: ${JSON.stringify(report)}`);
  return id;
}

/** Writes `count` spans of the admin's annotator set: four in five entity mentions, the rest claims. */
export async function insertSpans(options: {
  documentId: number;
  projectId: number;
  authorEmail: string;
  entityTypeIds: number[];
  stances: string[];
  article: ReturnType<typeof generateArticle>;
  count: number;
}): Promise<void> {
  const { article, count, projectId, documentId } = options;
  const [author] = await getDb().select({ id: users.id }).from(users).where(eq(users.email, options.authorEmail)).limit(1);
  if (!author) throw new Error(`No account ${options.authorEmail} in the server's database`);
  const codePoints = Array.from(article.text);
  const now = new Date();
  const span = { projectId, documentId, authorId: author.id, set: "annotator" as const, createdAt: now, updatedAt: now };
  const claimCount = Math.floor(count / 5);
  const entities = count - claimCount;
  const wordStep = Math.max(1, Math.floor(article.words.length / entities));
  const sentenceStep = Math.max(1, Math.floor(article.sentences.length / claimCount));
  const rows: (typeof annotations.$inferInsert)[] = [];
  for (let i = 0; i < entities; i++) {
    const word = article.words[(i * wordStep) % article.words.length]!;
    // Every fifth mention spans two words, nesting over its neighbour's mention.
    const end = i % 5 === 4 ? (article.words[(i * wordStep + 1) % article.words.length]?.end ?? word.end) : word.end;
    const entityTypeId = options.entityTypeIds[i % options.entityTypeIds.length]!;
    rows.push({ ...span, layer: "entity", start: word.start, end, quote: codePoints.slice(word.start, end).join(""), entityTypeId });
  }
  for (let i = 0; i < claimCount; i++) {
    const sentence = article.sentences[(i * sentenceStep) % article.sentences.length]!;
    const stance = options.stances[i % options.stances.length]!;
    rows.push({ ...span, layer: "claim", start: sentence.start, end: sentence.end, quote: codePoints.slice(sentence.start, sentence.end).join(""), stance });
  }
  await insertRows(annotations, rows);
}
