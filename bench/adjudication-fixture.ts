// A document to adjudicate for the adjudication bench: three annotators' submitted sets of the
// same article, written straight into the server's database (6,000 API writes would time the server).
import { annotations, assignments, memberships, users } from "@/db/schema";
import { insertRows, insertRowsReturningIds } from "./bulk-insert";
import type { generateArticle } from "./workspace-fixture";

type Article = ReturnType<typeof generateArticle>;

interface DraftSpan {
  layer: "entity" | "claim";
  start: number;
  end: number;
  typeIndex: number;
  stanceIndex: number;
}

/** A deterministic pseudo-random sequence, so that every run measures the same document. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

/** `count` spans over the article: four in five entity mentions (every fifth over two words), the rest claims. */
function baseSpans(article: Article, count: number): DraftSpan[] {
  const claims = Math.floor(count / 5);
  const entities = count - claims;
  const wordStep = Math.max(1, Math.floor(article.words.length / entities));
  const sentenceStep = Math.max(1, Math.floor(article.sentences.length / claims));
  const spans: DraftSpan[] = [];
  for (let i = 0; i < entities; i++) {
    const at = (i * wordStep) % article.words.length;
    const word = article.words[at]!;
    const end = i % 5 === 4 ? (article.words[at + 1]?.end ?? word.end) : word.end;
    spans.push({ layer: "entity", start: word.start, end, typeIndex: i, stanceIndex: 0 });
  }
  for (let i = 0; i < claims; i++) {
    const sentence = article.sentences[(i * sentenceStep) % article.sentences.length]!;
    spans.push({ layer: "claim", start: sentence.start, end: sentence.end, typeIndex: 0, stanceIndex: i });
  }
  return spans;
}

/** Mostly the same span; sometimes another type or stance, or a word more. */
function perturb(next: () => number, span: DraftSpan, article: Article): DraftSpan {
  const roll = next();
  if (roll < 0.75) return span;
  if (roll < 0.9) return { ...span, typeIndex: span.typeIndex + 1, stanceIndex: span.stanceIndex + 1 };
  if (span.layer === "claim") return { ...span, stanceIndex: span.stanceIndex + 2 };
  const following = article.words.find((w) => w.start > span.end);
  return following && following.start - span.end === 1 ? { ...span, end: following.end } : span;
}

/**
 * Adds `annotators` new annotators to the project, each with a submitted set of `count` spans on
 * the document (mostly alike, as real annotators' sets are), and returns their ids.
 */
export async function insertSubmittedSets(options: {
  projectId: number;
  documentId: number;
  entityTypeIds: number[];
  stances: string[];
  article: Article;
  annotators: number;
  count: number;
}): Promise<number[]> {
  const { article, projectId, documentId, entityTypeIds, stances } = options;
  const codePoints = Array.from(article.text);
  const now = new Date();
  const ids = await insertRowsReturningIds(
    users,
    Array.from({ length: options.annotators }, (_, k) => ({
      email: `adjudication-${documentId}-${k}@bench.example`,
      name: `Annotator ${k + 1}`,
      passwordHash: "unusable",
      createdAt: now,
    })),
  );
  await insertRows(memberships, ids.map((userId) => ({ projectId, userId, role: "annotator" as const, createdAt: now })));
  const base = baseSpans(article, options.count);
  const next = random(7);
  const spans: (typeof annotations.$inferInsert)[] = [];
  for (const authorId of ids) {
    for (const span of base.map((s) => perturb(next, s, article))) {
      spans.push({
        projectId,
        documentId,
        authorId,
        set: "annotator",
        layer: span.layer,
        start: span.start,
        end: span.end,
        quote: codePoints.slice(span.start, span.end).join(""),
        entityTypeId: span.layer === "entity" ? entityTypeIds[span.typeIndex % entityTypeIds.length]! : null,
        stance: span.layer === "claim" ? stances[span.stanceIndex % stances.length]! : null,
        createdAt: now,
        updatedAt: now,
      });
    }
  }
  await insertRows(annotations, spans);
  // Submitted one after the other, so that the review letters them A, B, C.
  await insertRows(
    assignments,
    ids.map((userId, k) => ({ documentId, userId, status: "submitted" as const, createdAt: now, updatedAt: now, submittedAt: new Date(now.getTime() + k) })),
  );
  return ids;
}
