// The bench clients' one way to call the JSON API: a bearer token, a timeout, the body read to its
// end (which frees the connection for the next request), and failures returned, not thrown.
export interface Answer {
  ok: boolean;
  status: number;
  body: string;
}

const requestTimeoutMs = 60_000;

export async function callApi(
  baseURL: string,
  token: string,
  method: string,
  path: string,
  body?: unknown,
  options: { discardBody?: boolean; idempotencyKey?: string } = {},
): Promise<Answer | Error> {
  try {
    const response = await fetch(`${baseURL}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${token}`,
        ...(body === undefined ? {} : { "content-type": "application/json" }),
        ...(options.idempotencyKey === undefined ? {} : { "idempotency-key": options.idempotencyKey }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(requestTimeoutMs),
    });
    if (options.discardBody && response.ok && response.body) {
      // A large download read as a string would hold this thread, and every other client's timing, for a while.
      const reader = response.body.getReader();
      while (!(await reader.read()).done);
      return { ok: true, status: response.status, body: "" };
    }
    return { ok: response.ok, status: response.status, body: await response.text() };
  } catch (error) {
    const failure = error instanceof Error ? error : new Error(String(error));
    return new Error(`${method} ${path}: ${failure.message} ${String(failure.cause ?? "")}`);
  }
}

/** Sorts an answer: 2xx acknowledged, 4xx refused (nothing changed), 5xx or none unknown. */
export function classifyAnswer(answer: Answer | Error): { outcome: "acknowledged" | "refused" | "unknown"; status: string } {
  if (answer instanceof Error) return { outcome: "unknown", status: "network" };
  if (answer.ok) return { outcome: "acknowledged", status: String(answer.status) };
  return { outcome: answer.status >= 500 ? "unknown" : "refused", status: String(answer.status) };
}

/** Waits `ms`, or not at all when the deadline comes first. */
export function pause(ms: number, deadline: number): Promise<void> {
  const wait = Math.max(0, Math.min(ms, deadline - performance.now()));
  return new Promise((resolve) => setTimeout(resolve, wait));
}
