/**
 * What the project settings show about a model server: `ok`, `slow` (it timed out, or answered
 * in more than half the timeout), `failing` (unreachable, an error status, an answer that is not
 * Label Studio's), or `unchecked` until the first call.
 */
export const modelServerStatuses = ["unchecked", "ok", "slow", "failing"] as const;
export type ModelServerStatus = (typeof modelServerStatuses)[number];

/** Why a call to a model server did not give an answer. */
export type ModelServerFailureKind = "timeout" | "network" | "http" | "invalid_response";

export type CallOutcome =
  | { ok: true; latencyMs: number }
  | { ok: false; kind: ModelServerFailureKind; message: string };

export interface StatusAfterCall {
  status: Exclude<ModelServerStatus, "unchecked">;
  /** Set for `failing` and `slow`: the line the settings show. */
  message: string | null;
}

const seconds = (ms: number) => `${(ms / 1000).toLocaleString("en", { maximumFractionDigits: 1 })} s`;

export function statusAfterCall(outcome: CallOutcome, timeoutMs: number): StatusAfterCall {
  if (outcome.ok) {
    return outcome.latencyMs * 2 > timeoutMs
      ? { status: "slow", message: `Answered in ${seconds(outcome.latencyMs)}, more than half the ${seconds(timeoutMs)} timeout` }
      : { status: "ok", message: null };
  }
  return { status: outcome.kind === "timeout" ? "slow" : "failing", message: outcome.message };
}
