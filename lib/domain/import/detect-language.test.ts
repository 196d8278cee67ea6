import { describe, expect, it } from "vitest";
import { detectLanguage } from "./detect-language";
import { extractHtmlArticle } from "./extract-html-article";
import { readFixture } from "./fixtures/read-fixture";

describe("detectLanguage", () => {
  it.each([
    ["en-article.txt", "en"],
    ["de-stray-fragments.txt", "de"],
    ["pl-bullets.txt", "pl"],
    ["pl-dated.txt", "pl"],
  ])("detects the language of %s", (fixture, language) => {
    expect(detectLanguage(readFixture(fixture))).toBe(language);
  });

  it("detects Chinese from the extracted page text", () => {
    expect(detectLanguage(extractHtmlArticle(readFixture("zh-news-page.html")).text)).toBe("zh");
  });

  it("calls Han-dominated text Chinese even with Latin names and links in it", () => {
    expect(detectLanguage("托卡耶夫（Kassym-Jomart Tokayev）在阿斯塔纳表示，哈萨克斯坦将遵守制裁。https://example.org/kazakhstan-sanctions")).toBe("zh");
  });

  it.each([
    ["Казахстан поддерживает санкции против России, заявил официальный представитель МИД.", "ru"],
    ["Казахстан підтримує санкції проти Росії, заявив речник міністерства закордонних справ.", "uk"],
    ["Қазақстан Ресейге қарсы санкцияларды сақтайтынын мәлімдеді, деп хабарлады министрлік.", "kk"],
    ["Le Kazakhstan respectera les sanctions contre la Russie, a déclaré le porte-parole du ministère.", "fr"],
    ["Kazajistán respetará las sanciones contra Rusia, afirmó el portavoz del ministerio de exteriores.", "es"],
  ])("detects %s as %s", (text, language) => {
    expect(detectLanguage(text)).toBe(language);
  });

  it("answers und for text too short to tell", () => {
    expect(detectLanguage("Kazakhstan backs sanctions.")).toBe("und");
    expect(detectLanguage("2022-10-05 12:00")).toBe("und");
    expect(detectLanguage("")).toBe("und");
  });
});
