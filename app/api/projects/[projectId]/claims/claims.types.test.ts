import { describe, expect, it } from "vitest";
import { createClaimBody, listClaimsQuery } from "./claims.types";

describe("claim request shapes", () => {
  it("treats an empty status filter as no filter and rejects unknown statuses", () => {
    expect(listClaimsQuery.parse({ q: "", status: "" })).toEqual({ q: "" });
    expect(listClaimsQuery.parse({ status: "proposed" })).toEqual({ status: "proposed" });
    expect(listClaimsQuery.safeParse({ status: "rejected" }).success).toBe(false);
  });

  it("requires a statement with words in it", () => {
    expect(createClaimBody.safeParse({ statement: "   " }).success).toBe(false);
    expect(createClaimBody.parse({ statement: " A  claim " })).toEqual({ statement: "A claim" });
  });
});
