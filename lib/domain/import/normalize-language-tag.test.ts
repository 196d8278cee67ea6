import { describe, expect, it } from "vitest";
import { ImportError } from "./import-error";
import { normalizeLanguageTag } from "./normalize-language-tag";

describe("normalizeLanguageTag", () => {
  it.each([
    ["de", "de"],
    ["EN", "en"],
    [" pt-br ", "pt-BR"],
    ["zh-hant-tw", "zh-Hant-TW"],
    ["kaz", "kk"],
    ["und", "und"],
  ])("normalises %j to %s", (given, expected) => {
    expect(normalizeLanguageTag(given)).toBe(expected);
  });

  it.each(["", "english", "e", "de_DE", "en-", "123", "zh-x"])("rejects %j", (given) => {
    expect(() => normalizeLanguageTag(given)).toThrow(ImportError);
    try {
      normalizeLanguageTag(given);
    } catch (error) {
      expect(error).toMatchObject({ code: "invalid_language" });
    }
  });
});
