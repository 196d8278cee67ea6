import { describe, expect, it } from "vitest";
import { createSpanBody } from "../documents/[documentId]/annotations/annotations.types";
import { deleteSpanQuery, updateSpanBody } from "./annotations.types";

describe("span request bodies", () => {
  const span = { layer: "entity", start: 0, end: 7, quote: "Tokajew", entityTypeId: 3 };

  it("refuses an author, set or version sent by the client instead of ignoring it", () => {
    expect(createSpanBody.safeParse(span).success).toBe(true);
    for (const extra of [{ authorId: 2 }, { set: "gold" }, { version: 5 }]) {
      expect(createSpanBody.safeParse({ ...span, ...extra }).success).toBe(false);
    }
    expect(createSpanBody.safeParse({ ...span, origin: "adjudication" }).success).toBe(false);
  });

  it("leaves offset checks to the service, which answers them with a 422", () => {
    expect(createSpanBody.safeParse({ ...span, start: -4, end: 2.5 }).success).toBe(true);
    expect(createSpanBody.safeParse({ ...span, start: "0" }).success).toBe(false);
  });

  it("needs a version and something to change in a patch", () => {
    expect(updateSpanBody.safeParse({ version: 2, stance: "favor" }).success).toBe(true);
    expect(updateSpanBody.safeParse({ version: 2 }).success).toBe(false);
    expect(updateSpanBody.safeParse({ stance: "favor" }).success).toBe(false);
    expect(updateSpanBody.safeParse({ version: 2, claimId: null }).success).toBe(true);
    expect(deleteSpanQuery.parse({ version: "3" })).toEqual({ version: 3 });
  });
});
