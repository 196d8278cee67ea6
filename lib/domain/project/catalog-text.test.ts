import { describe, expect, it } from "vitest";
import { isSameCatalogText, matchesSearch, normalizeCatalogText } from "./catalog-text";

describe("catalog text", () => {
  it("normalises to NFC, trims and collapses whitespace", () => {
    expect(normalizeCatalogText("  Toka\u0301jew \n Kassym ")).toBe("Tokájew Kassym");
  });

  it("matches searches case-insensitively beyond ASCII", () => {
    expect(matchesSearch("Tokajew", "tokaj")).toBe(true);
    expect(matchesSearch("ŁUKASZENKA", "łukasz")).toBe(true);
    expect(matchesSearch("Tokayev", "Tokajew")).toBe(false);
  });

  it("compares texts ignoring case and spacing", () => {
    expect(isSameCatalogText("Kazakhstan supports  sanctions", "kazakhstan supports sanctions ")).toBe(true);
    expect(isSameCatalogText("Kazakhstan supports sanctions", "Kazakhstan opposes sanctions")).toBe(false);
  });
});
