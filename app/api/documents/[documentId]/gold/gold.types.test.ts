import { describe, expect, it } from "vitest";
import { reviewActionBody } from "../review/review.types";
import { createGoldSpanBody, rejectionBody } from "./gold.types";

describe("review and gold request bodies", () => {
  it("accepts the three review actions and nothing else", () => {
    expect(reviewActionBody.parse({ action: "start", force: true })).toEqual({ action: "start", force: true });
    expect(reviewActionBody.parse({ action: "finish", notes: "ok" })).toEqual({ action: "finish", notes: "ok" });
    expect(reviewActionBody.safeParse({ action: "reopen", notes: "x" }).success).toBe(false);
    expect(reviewActionBody.safeParse({ action: "adjudicate" }).success).toBe(false);
  });

  it("refuses author, set, origin and provenance on gold spans: the server sets them", () => {
    expect(createGoldSpanBody.parse({ fromAnnotationId: 3, stance: "favor" })).toEqual({ fromAnnotationId: 3, stance: "favor" });
    for (const field of ["authorId", "set", "origin", "sourceAnnotationIds", "version"]) {
      expect(createGoldSpanBody.safeParse({ fromAnnotationId: 3, [field]: 1 }).success).toBe(false);
    }
    expect(rejectionBody.safeParse({ candidateKey: "" }).success).toBe(false);
  });
});
