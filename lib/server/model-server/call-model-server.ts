import "server-only";
import type { ModelServerAddress } from "@/lib/domain/model-server/model-server-url";
import type { ModelServerFailureKind } from "@/lib/domain/model-server/model-server-status";
import { withEndpointSlot } from "./endpoint-semaphore";

/** Attempts after the first, for 5xx answers and network errors; a timeout is not retried. */
export const MODEL_SERVER_RETRIES = 2;
const BACKOFF_MS = 100;
/** A predict answer for a batch of long articles stays well below this. */
const MAX_ANSWER_BYTES = 50 * 1024 * 1024;

export type ModelServerReply =
  | { ok: true; body: unknown; latencyMs: number; retries: number }
  | { ok: false; kind: ModelServerFailureKind; message: string; retries: number; httpStatus?: number };

class CallFailure extends Error {
  constructor(
    readonly kind: ModelServerFailureKind,
    message: string,
    readonly retryable: boolean,
    readonly httpStatus?: number,
  ) {
    super(message);
  }
}

/**
 * One request to a model server. The whole call, retries and their backoff included, ends
 * within `timeoutMs` (an AbortSignal cuts it off); waiting for one of the endpoint's slots does
 * not count. Failures come back as a reply, never thrown, and name the server only by its
 * masked address.
 */
export async function callModelServer(options: {
  address: ModelServerAddress;
  timeoutMs: number;
  method: "GET" | "POST";
  path: "health" | "setup" | "predict" | "webhook";
  body?: unknown;
}): Promise<ModelServerReply> {
  const { address, timeoutMs } = options;
  return withEndpointSlot(address.baseUrl, async () => {
    const signal = AbortSignal.timeout(timeoutMs);
    const started = performance.now();
    let retries = 0;
    for (;;) {
      try {
        const body = await attempt(options, signal);
        return { ok: true, body, latencyMs: Math.round(performance.now() - started), retries };
      } catch (error) {
        const failure = describeFailure(error, options, signal);
        if (!failure.retryable || retries >= MODEL_SERVER_RETRIES || !(await backoff(retries, signal))) {
          return { ok: false, kind: failure.kind, message: failure.message, retries, ...(failure.httpStatus ? { httpStatus: failure.httpStatus } : {}) };
        }
        retries++;
      }
    }
  });
}

async function attempt(options: Parameters<typeof callModelServer>[0], signal: AbortSignal): Promise<unknown> {
  const { address, method, path, body } = options;
  const headers: Record<string, string> = { accept: "application/json" };
  if (body !== undefined) headers["content-type"] = "application/json";
  if (address.authorization) headers.authorization = address.authorization;
  const response = await fetch(new URL(path, address.baseUrl), {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
    signal,
    redirect: "error",
  });
  const where = `${address.display}${path}`;
  if (Number(response.headers.get("content-length") ?? 0) > MAX_ANSWER_BYTES) {
    await response.body?.cancel();
    throw new CallFailure("invalid_response", `${where} answered more than 50 MB`, false);
  }
  const text = await response.text();
  if (!response.ok) {
    const detail = text.replace(/\s+/g, " ").trim().slice(0, 200);
    throw new CallFailure("http", `${where} answered HTTP ${response.status}${detail ? `: ${detail}` : ""}`, response.status >= 500, response.status);
  }
  // Without a length announced, the answer is read first; a UTF-16 unit is at least one byte.
  if (text.length > MAX_ANSWER_BYTES) throw new CallFailure("invalid_response", `${where} answered more than 50 MB`, false);
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new CallFailure("invalid_response", `${where} did not answer JSON`, false);
  }
}

function describeFailure(error: unknown, options: Parameters<typeof callModelServer>[0], signal: AbortSignal): CallFailure {
  if (error instanceof CallFailure) return error;
  const where = `${options.address.display}${options.path}`;
  if (signal.aborted) return new CallFailure("timeout", `${where} did not answer within ${options.timeoutMs / 1000} s`, false);
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
  const code = typeof cause === "object" && cause !== null && "code" in cause ? String(cause.code) : null;
  const reason = code ?? (cause instanceof Error ? cause.message : "network error");
  return new CallFailure("network", `Could not reach ${where} (${reason})`, true);
}

/** Waits before the next attempt; false when the call's time runs out first. */
function backoff(retries: number, signal: AbortSignal): Promise<boolean> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve(false);
    const onAbort = () => {
      clearTimeout(timer);
      resolve(false);
    };
    const timer = setTimeout(() => {
      signal.removeEventListener("abort", onAbort);
      resolve(true);
    }, BACKOFF_MS * 2 ** retries);
    signal.addEventListener("abort", onAbort, { once: true });
  });
}
