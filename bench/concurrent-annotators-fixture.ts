// The annotators of the concurrent-annotators bench: each an account with an API token, a member
// of one project, assigned documents of its own (imported through the import service).
import { randomBytes } from "node:crypto";
import { asc, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { firstRow } from "@/db/first-row";
import { apiTokens, assignments, claims, documents, entityTypes, memberships, users } from "@/db/schema";
import { hashApiToken } from "@/lib/server/auth/api-token-user";
import { importDocuments } from "@/lib/server/documents/import-documents";
import { API_TOKEN_PREFIX_LENGTH } from "@/lib/server/tokens/create-api-token";
import { createBenchWorkspace } from "./bench-workspace";
import { insertRows, insertRowsReturningIds } from "./bulk-insert";
import { plainTextArticle } from "./generate-articles";

/** A word of a document, by code-point offsets as the API takes them. */
export interface Word {
  start: number;
  end: number;
  quote: string;
}

export interface BenchAnnotator {
  userId: number;
  token: string;
  documents: { id: number; words: Word[] }[];
}

function wordsOf(text: string): Word[] {
  const words: Word[] = [];
  let codePoints = 0;
  let lastIndex = 0;
  for (const match of text.matchAll(/\p{L}{3,}/gu)) {
    codePoints += Array.from(text.slice(lastIndex, match.index)).length;
    const length = Array.from(match[0]).length;
    words.push({ start: codePoints, end: codePoints + length, quote: match[0] });
    codePoints += length;
    lastIndex = match.index + match[0].length;
  }
  return words;
}

/** A new API token for each user, in their order. */
export async function insertBenchTokens(userIds: readonly number[]): Promise<string[]> {
  const tokens = userIds.map(() => `cd_${randomBytes(32).toString("base64url")}`);
  await insertRows(
    apiTokens,
    userIds.map((userId, k) => ({ userId, name: "bench", tokenHash: hashApiToken(tokens[k] ?? ""), prefix: (tokens[k] ?? "").slice(0, API_TOKEN_PREFIX_LENGTH) })),
  );
  return tokens;
}

/**
 * `count` annotators with `documentsEach` assigned documents each, the entity type their spans
 * use and the catalog claim their documents take stances on.
 */
export async function createBenchAnnotators(
  count: number,
  documentsEach: number,
): Promise<{ annotators: BenchAnnotator[]; entityTypeId: number; claimId: number }> {
  const { caller, projectId } = await createBenchWorkspace("concurrent-annotators");
  const db = getDb();
  const entityType = firstRow(
    await db.insert(entityTypes).values({ projectId, key: "PER", name: "Person", color: "#2563eb" }).returning({ id: entityTypes.id }),
  );
  const claim = firstRow(
    await db.insert(claims).values({ projectId, statement: "The sanctions regime holds", status: "approved" }).returning({ id: claims.id }),
  );
  const encoder = new TextEncoder();
  const report = await importDocuments({
    caller,
    projectId,
    files: Array.from({ length: count * documentsEach }, (_, i) => ({ name: `article-${i}.txt`, bytes: encoder.encode(plainTextArticle(i)) })),
  });
  if (report.errors.length > 0) throw new Error(`Import failed: ${JSON.stringify(report.errors[0])}`);
  const stored = await db
    .select({ id: documents.id, text: documents.text })
    .from(documents)
    .where(eq(documents.projectId, projectId))
    .orderBy(asc(documents.id));
  const run = Date.now();
  const userIds = await insertRowsReturningIds(
    users,
    Array.from({ length: count }, (_, k) => ({ email: `annotator-${k}-${run}@bench.example`, name: `Annotator ${k + 1}`, passwordHash: "unusable" })),
  );
  await insertRows(memberships, userIds.map((userId) => ({ projectId, userId, role: "annotator" as const })));
  const tokens = await insertBenchTokens(userIds);
  const annotators = userIds.map((userId, k) => ({
    userId,
    token: tokens[k] ?? "",
    documents: stored.slice(k * documentsEach, (k + 1) * documentsEach).map((document) => ({ id: document.id, words: wordsOf(document.text) })),
  }));
  await insertRows(
    assignments,
    annotators.flatMap((annotator) => annotator.documents.map((document) => ({ documentId: document.id, userId: annotator.userId, assignedBy: caller.id }))),
  );
  return { annotators, entityTypeId: entityType.id, claimId: claim.id };
}
