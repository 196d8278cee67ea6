import { describe, expect, it } from "vitest";
import { toSearchableText, toSearchMatchExpression } from "./searchable-text";

describe("toSearchableText", () => {
  it("keeps spaced scripts as they are", () => {
    expect(toSearchableText("Titel", "Kasachstan hält sich an die Sanktionen.")).toBe(
      "Titel\nKasachstan hält sich an die Sanktionen.",
    );
  });

  it("spaces out Chinese characters", () => {
    expect(toSearchableText("标题", "托卡耶夫说").replace(/\s+/g, " ").trim()).toBe("标 题 托 卡 耶 夫 说");
  });
});

describe("toSearchMatchExpression", () => {
  it("requires every word as a prefix", () => {
    expect(toSearchMatchExpression("Kazachstan sankcje")).toBe('"Kazachstan"* "sankcje"*');
  });

  it("takes FTS5 syntax in the input literally", () => {
    expect(toSearchMatchExpression('NOT "x" OR y*')).toBe('"NOT"* """x"""* "OR"* "y*"*');
  });

  it("gives null without a letter or digit", () => {
    expect(toSearchMatchExpression("  ?! ")).toBeNull();
  });
});
