import { describe, expect, it } from "vitest";
import { claimantKeyOf, claimantRefKey, mentionClaimantKey, normalizeMentionText, parseClaimantKey } from "./claimant-key";

describe("claimant keys", () => {
  it("normalizes mention text: compatibility forms, white space, case", () => {
    expect(normalizeMentionText("  Kremlin\u00a0\n SOURCES ")).toBe("kremlin sources");
    expect(normalizeMentionText("ＴＯＫＡＹＥＶ")).toBe("tokayev");
    expect(normalizeMentionText("托卡耶夫")).toBe("托卡耶夫");
  });

  it("names a claim span's claimant: its entity, else its mention's entity, else the mention's text", () => {
    expect(claimantKeyOf(12, "Tokajew")).toBe("e12");
    expect(claimantKeyOf(null, " Kremlin  Sources")).toBe("mkremlin sources");
    expect(claimantKeyOf(null, null)).toBeNull();
    expect(mentionClaimantKey(" \t ")).toBeNull();
  });

  it("reads keys, normalizing mention text", () => {
    expect(parseClaimantKey("e12")).toEqual({ kind: "entity", entityId: 12 });
    expect(parseClaimantKey("mKremlin   sources")).toEqual({ kind: "mention", text: "kremlin sources" });
    expect(claimantRefKey({ kind: "mention", text: "kremlin sources" })).toBe("mkremlin sources");
    for (const bad of ["e0", "e012", "e1.5", "e", "m  ", "x1", "", "e99999999999999999"]) expect(parseClaimantKey(bad)).toBeNull();
  });
});
