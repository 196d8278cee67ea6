import { describe, expect, it } from "vitest";
import { createClaimBody, listClaimsQuery, updateClaimBody } from "./claims.types";

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

  it("takes translations with canonical language tags, one per language, at most 20", () => {
    expect(updateClaimBody.parse({ translations: [{ language: " PL ", text: " Kazachstan  popiera sankcje " }, { language: "zh-hant", text: "支持" }] })).toEqual({
      translations: [
        { language: "pl", text: "Kazachstan popiera sankcje" },
        { language: "zh-Hant", text: "支持" },
      ],
    });
    expect(updateClaimBody.safeParse({ translations: [{ language: "pl", text: "a" }, { language: "PL", text: "b" }] }).success).toBe(false);
    expect(updateClaimBody.safeParse({ translations: [{ language: "not a tag", text: "a" }] }).success).toBe(false);
    expect(updateClaimBody.safeParse({ translations: [{ language: "pl", text: "  " }] }).success).toBe(false);
    expect(updateClaimBody.safeParse({ translations: [{ language: "pl", text: "x".repeat(1001) }] }).success).toBe(false);
    const many = [..."abcdefghijklmnopqrstu"].map((letter) => ({ language: `x${letter}x`, text: "t" }));
    expect(updateClaimBody.safeParse({ translations: many }).success).toBe(false);
  });
});
