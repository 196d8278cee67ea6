import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
import { and, eq, lt } from "drizzle-orm";
import { z } from "zod";
import { type Db, getDb } from "@/db/client";
import { idempotentAnswers } from "@/db/schema";
import { AppError } from "@/lib/server/errors";

/**
 * Writes sent with an `Idempotency-Key` header. A client that got no answer (the connection broke,
 * the server went down after committing) sends the write again with the same key; the answer to
 * the first one, stored in the write's own transaction, is the answer to the second, and the write
 * is not applied twice. Nothing is looked up on the way in: the stored answer is read only when
 * the write fails (a retried edit's version is stale by then, a retried creation collides with the
 * stored key), so a write that succeeds pays one insert for it.
 */
export interface KeyedWrite {
  userId: number;
  key: string;
  /** Method and path: a key names one request, and is refused for another. */
  request: string;
}

/** A key is the client's own: letters, digits, `-` and `_` (a UUID fits). */
const keySchema = z.string().regex(/^[A-Za-z0-9_-]{8,128}$/);

/** How long answers are kept: a retry comes within minutes, and a day covers a laptop closed overnight. */
const keptMs = 24 * 60 * 60 * 1000;

/** The key the request names, or null without one; 400 for a malformed one. */
export function idempotencyKeyOf(request: Request): string | null {
  const header = request.headers.get("idempotency-key");
  if (header === null) return null;
  const parsed = keySchema.safeParse(header);
  if (!parsed.success) {
    throw new AppError("bad_request", "Idempotency-Key must be 8 to 128 letters, digits, '-' or '_'");
  }
  return parsed.data;
}

interface WriteInScope {
  write: KeyedWrite;
  /** Set once a transaction has stored the answer: later transactions of the request store none. */
  stored: boolean;
}

// Kept on globalThis: Next bundles this module more than once, and the transaction helper in
// db/row-locking-transaction.ts must see the write that the route handler started.
const globalForWrites = globalThis as unknown as { claimdeskKeyedWrite?: AsyncLocalStorage<WriteInScope> };
const currentWrite = (globalForWrites.claimdeskKeyedWrite ??= new AsyncLocalStorage<WriteInScope>());

/**
 * Answers a keyed write: runs the handler (which answers with a Response), whose first transaction
 * stores its result (see `storingAnswer`), or, when the handler fails because the write was applied
 * already under this key (its version is stale by then, its answer's key taken), answers what the
 * first one did, with the route's `status`.
 */
export async function answerKeyedWrite(write: KeyedWrite, handler: () => Promise<Response>, status: number): Promise<Response> {
  await pruneStoredAnswers();
  try {
    return await currentWrite.run({ write, stored: false }, handler);
  } catch (error) {
    const stored = await storedAnswer(write).catch((lookupError: unknown) => {
      // A key used for another request says so; a lookup that failed leaves the write's own failure.
      if (lookupError instanceof AppError) throw lookupError;
      return null;
    });
    if (!stored) throw error;
    return stored.body === null
      ? new Response(null, { status: 204, headers: replayed })
      : new Response(stored.body, { status, headers: { ...replayed, "content-type": "application/json" } });
  }
}

const replayed = { "idempotent-replayed": "true" };

/**
 * Wraps the work of a request's outermost transaction: once the work is done, its result (the
 * route's answer) is stored under the request's key inside the same transaction, so that the
 * answer is there exactly when the changes are. Outside a keyed write, the work as it is.
 */
export function storingAnswer<T>(work: (tx: Db) => Promise<T>): { work: (tx: Db) => Promise<T>; committed: () => void } {
  const scope = currentWrite.getStore();
  if (!scope || scope.stored) return { work, committed: () => {} };
  return {
    work: async (tx) => {
      const result = await work(tx);
      const { userId, key, request } = scope.write;
      const body = result === undefined || result === null ? null : JSON.stringify(result);
      await tx.insert(idempotentAnswers).values({ userId, key, request, body });
      return result;
    },
    committed: () => {
      scope.stored = true;
    },
  };
}

/** The answer stored for the write, if one is; 422 when its key was used for another request. */
async function storedAnswer(write: KeyedWrite): Promise<{ body: string | null } | null> {
  const [answer] = await getDb()
    .select({ request: idempotentAnswers.request, body: idempotentAnswers.body })
    .from(idempotentAnswers)
    .where(and(eq(idempotentAnswers.userId, write.userId), eq(idempotentAnswers.key, write.key)));
  if (!answer) return null;
  if (answer.request !== write.request) {
    throw new AppError("unprocessable", `This Idempotency-Key was used for another request (${answer.request}); send a new key`);
  }
  return { body: answer.body };
}

const globalForPruning = globalThis as unknown as { claimdeskAnswersPrunedAt?: number };

/** Drops answers older than a day, at most once an hour per process. */
async function pruneStoredAnswers(now = Date.now()): Promise<void> {
  if (now - (globalForPruning.claimdeskAnswersPrunedAt ?? 0) < 60 * 60 * 1000) return;
  globalForPruning.claimdeskAnswersPrunedAt = now;
  await getDb()
    .delete(idempotentAnswers)
    .where(lt(idempotentAnswers.createdAt, new Date(now - keptMs)));
}
