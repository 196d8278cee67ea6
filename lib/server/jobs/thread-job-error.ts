import { AppError, type ErrorCode, errorStatuses } from "@/lib/server/errors";

/** What crosses from a worker thread when a job fails: enough to answer as if it had failed here. */
export interface ThreadJobError {
  message: string;
  /** The AppError's code, or the driver's (SQLITE_BUSY, a PostgreSQL SQLSTATE, ECONNREFUSED…). */
  code?: string;
  appError: boolean;
  details?: unknown;
}

export function toThreadJobError(error: unknown): ThreadJobError {
  if (error instanceof AppError) return { message: error.message, code: error.code, appError: true, details: error.details };
  const failure = error instanceof Error ? error : new Error(String(error));
  // drizzle wraps the driver's error, whose code says what happened (a lost connection is a 503).
  const cause = failure.cause instanceof Error ? failure.cause : undefined;
  const code = codeOf(failure) ?? codeOf(cause);
  return { message: cause ? `${failure.message}: ${cause.message}` : failure.message, code, appError: false };
}

export function fromThreadJobError(error: ThreadJobError): Error {
  if (error.appError && error.code !== undefined && error.code in errorStatuses) {
    return new AppError(error.code as ErrorCode, error.message, error.details);
  }
  return Object.assign(new Error(error.message), error.code === undefined ? {} : { code: error.code });
}

function codeOf(error: Error | undefined): string | undefined {
  return error && "code" in error && typeof error.code === "string" ? error.code : undefined;
}
