// A document to adjudicate for the adjudication bench: three annotators' submitted sets of the
// same article, written straight into the database (6,000 API writes would time the server).
import Database from "better-sqlite3";
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
export function insertSubmittedSets(options: {
  databasePath: string;
  projectId: number;
  documentId: number;
  entityTypeIds: number[];
  stances: string[];
  article: Article;
  annotators: number;
  count: number;
}): number[] {
  const { article, projectId, documentId, entityTypeIds, stances } = options;
  const db = new Database(options.databasePath);
  db.pragma("busy_timeout = 10000");
  const codePoints = Array.from(article.text);
  const now = Date.now();
  const insertUser = db.prepare("insert into users (email, name, password_hash, is_admin, created_at) values (?, ?, 'unusable', 0, ?)");
  const insertMember = db.prepare("insert into memberships (project_id, user_id, role, created_at) values (?, ?, 'annotator', ?)");
  const insertAssignment = db.prepare(
    "insert into assignments (document_id, user_id, status, created_at, updated_at, submitted_at) values (?, ?, 'submitted', ?, ?, ?)",
  );
  const insertSpan = db.prepare(
    `insert into annotations (project_id, document_id, author_id, "set", layer, start, "end", quote, entity_type_id, stance, note, origin, version, created_at, updated_at)
     values (?, ?, ?, 'annotator', ?, ?, ?, ?, ?, ?, '', 'manual', 1, ?, ?)`,
  );
  const base = baseSpans(article, options.count);
  const next = random(7);
  const ids = db.transaction(() =>
    Array.from({ length: options.annotators }, (_, k) => {
      const userId = Number(insertUser.run(`adjudication-${documentId}-${k}@bench.example`, `Annotator ${k + 1}`, now).lastInsertRowid);
      insertMember.run(projectId, userId, now);
      for (const span of base.map((s) => perturb(next, s, article))) {
        const quote = codePoints.slice(span.start, span.end).join("");
        const type = span.layer === "entity" ? entityTypeIds[span.typeIndex % entityTypeIds.length]! : null;
        const stance = span.layer === "claim" ? stances[span.stanceIndex % stances.length]! : null;
        insertSpan.run(projectId, documentId, userId, span.layer, span.start, span.end, quote, type, stance, now, now);
      }
      // Submitted one after the other, so that the review letters them A, B, C.
      insertAssignment.run(documentId, userId, now, now, now + k);
      return userId;
    }),
  )();
  db.close();
  return ids;
}
