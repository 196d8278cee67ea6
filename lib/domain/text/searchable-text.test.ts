import { describe, expect, it } from "vitest";
import { toSearchableText, toSearchMatchExpression, toSearchQuery, toSearchVector } from "./searchable-text";

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

describe("toSearchVector", () => {
  it("folds case and Latin diacritics into word lexemes with their positions", () => {
    expect(toSearchVector("Titel", "Präsident Tokajew: Anti-Russland, Präsident. ΟΔΟΣ straße")).toBe(
      "'titel':1 'prasident':2,6 'tokajew':3 'anti':4 'russland':5 'οδοσ':7 'straße':8",
    );
  });

  it("keeps the diacritics of other scripts, as FTS5 does", () => {
    expect(toSearchVector("", "ёлка Αθήνα ガス")).toBe("'ёлка':1 'αθήνα':2 'ガス':3 'ス':4");
  });

  it("pairs each unspaced character with the next one, the last alone", () => {
    expect(toSearchVector("标题", "托卡耶夫说, 2022年")).toBe(
      "'标题':1 '题托':2 '托卡':3 '卡耶':4 '耶夫':5 '夫说':6 '说':7 '2022':8 '年':9",
    );
  });

  it("wraps positions past PostgreSQL's largest and keeps 256 of a word's", () => {
    const vector = toSearchVector("", `${"wort ".repeat(16_383)}ende`);
    expect(vector).toMatch(/^'wort':1,2,3,.*,256 'ende':1$/);
  });

  it("stays within PostgreSQL's size for a vector, keeping every word of a long text", () => {
    const words = Array.from({ length: 120_000 }, (_, i) => `w${i.toString(36)}x`);
    const vector = toSearchVector("", words.join(" "));
    const lexemes = vector.split(" ");
    expect(lexemes).toHaveLength(120_000);
    // The first words keep their positions, the last ones are words alone.
    expect(lexemes[0]).toBe("'w0x':1");
    expect(lexemes.at(-1)).toBe(`'${words.at(-1)}'`);
  });
});

describe("toSearchQuery", () => {
  it("requires every term, its last token as a prefix", () => {
    expect(toSearchQuery("Kazachstan SANKCJE")).toBe("'kazachstan':* & 'sankcje':*");
    expect(toSearchQuery("Anti-Russland")).toBe("('anti' <-> 'russland':*)");
  });

  it("makes a run of Chinese characters a phrase of pairs", () => {
    expect(toSearchQuery("托卡耶夫")).toBe("('托卡' <-> '卡耶' <-> '耶夫' <-> '夫':*)");
    expect(toSearchQuery("托")).toBe("'托':*");
    expect(toSearchQuery("2022年")).toBe("('2022' <-> '年':*)");
  });

  it("takes tsquery syntax in the input literally", () => {
    expect(toSearchQuery("a:*|b & !c it's")).toBe("('a' <-> 'b':*) & 'c':* & ('it' <-> 's':*)");
  });

  it("gives null without a letter or digit", () => {
    expect(toSearchQuery("  ?! ' ")).toBeNull();
  });
});
