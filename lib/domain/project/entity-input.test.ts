import { describe, expect, it } from "vitest";
import { collectEntityAliases, externalIdSchema, languageTagSchema } from "./entity-input";

describe("collectEntityAliases", () => {
  it("includes the name, trims, NFC-normalises and merges exact duplicates keeping a language", () => {
    const decomposed = "Toka\u0301jew"; // "á" as a + combining acute
    expect(
      collectEntityAliases(" Kassym-Jomart  Tokayev ", [
        { alias: "Tokajew", language: null },
        { alias: " Tokajew ", language: "de" },
        { alias: decomposed, language: "pl" },
        { alias: "Tokáj\u0065w", language: "cs" },
        { alias: "托卡耶夫", language: "zh" },
      ]),
    ).toEqual([
      { alias: "Kassym-Jomart Tokayev", language: null },
      { alias: "Tokajew", language: "de" },
      { alias: "Tokájew", language: "pl" },
      { alias: "托卡耶夫", language: "zh" },
    ]);
  });

  it("keeps aliases that differ only in case, since matching is case-sensitive", () => {
    expect(collectEntityAliases("NATO", [{ alias: "Nato", language: "de" }])).toHaveLength(2);
  });
});

describe("externalIdSchema", () => {
  it("accepts QIDs, upper-casing them, and other short ids as they are", () => {
    expect(externalIdSchema.parse("Q232")).toBe("Q232");
    expect(externalIdSchema.parse(" q232 ")).toBe("Q232");
    expect(externalIdSchema.parse("gnd:118529579")).toBe("gnd:118529579");
    expect(externalIdSchema.parse("")).toBeNull();
    expect(externalIdSchema.parse(undefined)).toBeNull();
  });

  it("rejects ids that look like QIDs but are not", () => {
    expect(externalIdSchema.safeParse("Q232a").success).toBe(false);
  });
});

describe("languageTagSchema", () => {
  it("canonicalises tags and rejects others", () => {
    expect(languageTagSchema.parse("DE")).toBe("de");
    expect(languageTagSchema.parse("zh-hant")).toBe("zh-Hant");
    expect(languageTagSchema.parse("")).toBeNull();
    expect(languageTagSchema.safeParse("not a tag").success).toBe(false);
  });
});
