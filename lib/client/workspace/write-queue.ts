import { MutationObserver, type QueryClient } from "@tanstack/react-query";
import { backoffDelay, retryTransient } from "./write-policy";

/** The mutation key of every annotation write of a document; the save state reads it. */
export const annotationWriteKey = (documentId: number) => ["annotation-write", documentId] as const;

export interface QueuedWrite<T> {
  /** Writes with the same scope run one after another, in the order they were queued. */
  scope: string;
  label: string;
  /**
   * Sends the write; `idempotencyKey` is the same on every attempt, so that a write whose answer
   * was lost and that is sent again is not applied twice (the server answers it as the first time).
   */
  run: (idempotencyKey: string) => Promise<T>;
  onSuccess: (result: T) => void;
  onError: (error: unknown) => void;
}

/**
 * 128 random bits, URL-safe. crypto.getRandomValues works on plain HTTP too, where
 * crypto.randomUUID is missing (it needs a secure context).
 */
function newIdempotencyKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, "0")).join("");
}

/**
 * Resolves once the browser has painted the next frame (or after 100 ms in a background tab, which
 * paints no frames): a write queued by a key press then leaves the request, and the server's work
 * on it, out of the frame that shows the change.
 */
function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => {
    const fallback = setTimeout(resolve, 100);
    requestAnimationFrame(() => {
      clearTimeout(fallback);
      setTimeout(resolve, 0);
    });
  });
}

/**
 * Runs writes as TanStack Query mutations: queued per scope (one scope per span, so a span's
 * changes reach the server in order), retried with backoff while the failure is transient,
 * paused while the browser is offline. Pending writes live in the mutation cache in memory; each
 * counts as pending from the moment it is queued, though its request starts after the next paint.
 */
export class WriteQueue {
  constructor(
    private readonly queryClient: QueryClient,
    private readonly documentId: number,
  ) {}

  enqueue<T>(write: QueuedWrite<T>): void {
    const idempotencyKey = newIdempotencyKey();
    const observer = new MutationObserver<T, Error, void>(this.queryClient, {
      mutationKey: annotationWriteKey(this.documentId),
      scope: { id: `${this.documentId}:${write.scope}` },
      mutationFn: () => afterNextPaint().then(() => write.run(idempotencyKey)),
      retry: retryTransient,
      retryDelay: backoffDelay,
      networkMode: "online",
      // A settled write has nothing more to tell: drop it, so that the save state scans only live ones.
      gcTime: 0,
      meta: { label: write.label },
    });
    observer.mutate().then(write.onSuccess, write.onError);
  }

  pendingCount(): number {
    return this.queryClient.isMutating({ mutationKey: annotationWriteKey(this.documentId) });
  }

  /** Resolves once every queued write has been answered. */
  whenIdle(): Promise<void> {
    return new Promise((resolve) => {
      const cache = this.queryClient.getMutationCache();
      const check = () => {
        if (this.pendingCount() > 0) return;
        unsubscribe();
        resolve();
      };
      const unsubscribe = cache.subscribe(() => queueMicrotask(check));
      check();
    });
  }
}
