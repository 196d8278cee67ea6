import { describe, expect, it } from "vitest";
import type { CandidateView } from "@/lib/server/review/get-document-review";
import { candidateKeyForSpan } from "./candidate-for-span";

function candidate(key: string, holders: number[][], decision: CandidateView["decision"]): CandidateView {
  return {
    key,
    layer: "claim",
    start: 0,
    end: 5,
    status: "disputed",
    versions: holders.map((spanIds, index) => ({
      key: `${key}/${index}`,
      spanId: spanIds[0] ?? 0,
      holders: spanIds.map((spanId, annotator) => ({ annotatorId: annotator + 1, spanId })),
    })),
    annotatorIds: [1, 2],
    decision,
  };
}

const candidates = [
  candidate("c1", [[10, 11]], { kind: "accepted", goldSpanIds: [90] }),
  candidate("c2", [[20], [21]], { kind: "pending" }),
  candidate("c3", [[30]], { kind: "rejected" }),
];

describe("candidateKeyForSpan", () => {
  it("finds the candidate of an annotator's span, whichever version holds it", () => {
    expect(candidateKeyForSpan(candidates, 11)).toBe("c1");
    expect(candidateKeyForSpan(candidates, 21)).toBe("c2");
    expect(candidateKeyForSpan(candidates, 30)).toBe("c3");
  });

  it("finds the candidate a gold span was accepted for", () => {
    expect(candidateKeyForSpan(candidates, 90)).toBe("c1");
  });

  it("is null for a span of no candidate", () => {
    expect(candidateKeyForSpan(candidates, 999)).toBeNull();
    expect(candidateKeyForSpan([], 10)).toBeNull();
  });
});
