import { describe, expect, it } from "vitest";
import { evidenceHref } from "./evidence-view";

describe("evidenceHref", () => {
  it("opens a span where the caller can see it", () => {
    const span = { projectId: 3, documentId: 40, spanId: 512, start: 120, end: 141 };
    expect(evidenceHref({ ...span, own: false, canReview: true })).toBe("/documents/40/review?span=512");
    expect(evidenceHref({ ...span, own: true, canReview: true })).toBe("/documents/40/review?span=512");
    expect(evidenceHref({ ...span, own: true, canReview: false })).toBe("/documents/40/annotate?span=512");
    expect(evidenceHref({ ...span, own: false, canReview: false })).toBe("/projects/3/documents/40?mark=120-141#marked-span");
  });
});
