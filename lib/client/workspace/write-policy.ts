import { ApiError } from "@/lib/client/api-fetch";

/**
 * Failures worth retrying: no answer at all (fetch throws a TypeError), timeouts, rate limits
 * and server errors. A 4xx is the server's considered refusal; retrying would not change it.
 */
function isTransient(error: unknown): boolean {
  if (!(error instanceof ApiError)) return error instanceof TypeError;
  return error.status === 0 || error.status === 408 || error.status === 429 || error.status >= 500;
}

/** Writes retry for as long as the failure is transient: a save is never silently dropped. */
export function retryTransient(_failureCount: number, error: unknown): boolean {
  return isTransient(error);
}

/** Exponential backoff with jitter: 1 s, 2 s, 4 s … capped at 30 s. */
export function backoffDelay(failureCount: number): number {
  const base = Math.min(30_000, 1000 * 2 ** Math.max(0, failureCount - 1));
  return base / 2 + Math.random() * (base / 2);
}

/** The newer state a 409 answer carries, if any. */
export function conflictCurrent<T>(error: unknown): T | null {
  if (!(error instanceof ApiError) || error.status !== 409) return null;
  const details = error.details as { current?: T } | undefined;
  return details?.current ?? null;
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : "Unknown error";
}
