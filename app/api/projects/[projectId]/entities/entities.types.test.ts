import { describe, expect, it } from "vitest";
import { createEntityBody, updateEntityBody } from "./entities.types";

describe("entity request bodies", () => {
  it("normalises a new entity and its aliases", () => {
    expect(
      createEntityBody.parse({ name: " Tokayev ", externalId: "q232", aliases: [{ alias: " Tokajew", language: "DE" }, { alias: "Toqajew" }] }),
    ).toEqual({ name: "Tokayev", externalId: "Q232", aliases: [{ alias: "Tokajew", language: "de" }, { alias: "Toqajew", language: null }] });
  });

  it("leaves absent patch fields absent, so that they stay unchanged", () => {
    expect(updateEntityBody.parse({ description: "x" })).toEqual({ description: "x" });
    expect(updateEntityBody.parse({ externalId: null, entityTypeId: null })).toEqual({ externalId: null, entityTypeId: null });
  });

  it("rejects empty aliases, bad QIDs and unknown fields", () => {
    expect(createEntityBody.safeParse({ name: "X", aliases: [{ alias: "  " }] }).success).toBe(false);
    expect(createEntityBody.safeParse({ name: "X", externalId: "Q12x" }).success).toBe(false);
    expect(createEntityBody.safeParse({ name: "X", projectId: 3 }).success).toBe(false);
  });
});
