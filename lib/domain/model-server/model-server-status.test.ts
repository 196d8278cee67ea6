import { describe, expect, it } from "vitest";
import { statusAfterCall } from "./model-server-status";

describe("statusAfterCall", () => {
  it("is ok for a quick answer and slow for one that took more than half the timeout", () => {
    expect(statusAfterCall({ ok: true, latencyMs: 120 }, 5000)).toEqual({ status: "ok", message: null });
    expect(statusAfterCall({ ok: true, latencyMs: 3200 }, 5000)).toEqual({
      status: "slow",
      message: "Answered in 3.2 s, more than half the 5 s timeout",
    });
  });

  it("is slow after a timeout and failing after any other failure, keeping the message", () => {
    expect(statusAfterCall({ ok: false, kind: "timeout", message: "No answer within 5 s" }, 5000)).toEqual({
      status: "slow",
      message: "No answer within 5 s",
    });
    expect(statusAfterCall({ ok: false, kind: "http", message: "HTTP 500" }, 5000)).toEqual({ status: "failing", message: "HTTP 500" });
    expect(statusAfterCall({ ok: false, kind: "network", message: "Connection refused" }, 5000).status).toBe("failing");
  });
});
