import { describe, expect, it } from "vitest";
import { sliceCodePoints } from "@/lib/domain/text/code-points";
import { findAliasMentions } from "./find-alias-mentions";

const tokayev = { id: 1, aliases: ["Tokayev", "Tokajew", "Токаев", "托卡耶夫"] };
const kazakhstan = { id: 2, aliases: ["Kazakhstan", "Kazachstan", "Kasachstan", "Казахстан", "哈萨克斯坦"] };
const un = { id: 3, aliases: ["UN", "Vereinte Nationen"] };

const quotes = (text: string, entities = [tokayev, kazakhstan, un]) =>
  findAliasMentions(text, entities).map((m) => [m.entityId, m.quote]);

describe("findAliasMentions", () => {
  it("finds inflected Polish, German and Russian forms of aliases with 4+ letters", () => {
    expect(quotes("Prezydent Kazachstanu, Tokajewa.")).toEqual([
      [2, "Kazachstanu"],
      [1, "Tokajewa"],
    ]);
    expect(quotes("Kasachstans Präsident Tokajew sagte")).toEqual([
      [2, "Kasachstans"],
      [1, "Tokajew"],
    ]);
    expect(quotes("Токаева поддержали в Казахстане")).toEqual([
      [1, "Токаева"],
      [2, "Казахстане"],
    ]);
  });

  it("matches case-insensitively, Unicode included", () => {
    expect(quotes("KAZACHSTAN and tokajew and КАЗАХСТАН")).toEqual([
      [2, "KAZACHSTAN"],
      [1, "tokajew"],
      [2, "КАЗАХСТАН"],
    ]);
    expect(quotes("ÖLPREIS steigt", [{ id: 9, aliases: ["Ölpreis"] }])).toEqual([[9, "ÖLPREIS"]]);
  });

  it("matches whole words only: not inside another word, nor with more than 3 extra letters", () => {
    expect(quotes("Antitokajew, Tokajewowania")).toEqual([]);
    // -ski/-sk… endings make adjectives and surnames, not inflected forms.
    expect(quotes("Pan Tokajewski, rząd kazachstański")).toEqual([]);
    // Up to 3 extra letters is an inflection (Polish dative).
    expect(quotes("dzięki Tokajewowi")).toEqual([[1, "Tokajewowi"]]);
  });

  it("keeps short aliases exact, so that UN does not match UNO or unable", () => {
    expect(quotes("The UN, the UNO, unable, un.")).toEqual([
      [3, "UN"],
      [3, "un"],
    ]);
  });

  it("matches Chinese aliases exactly, without word boundaries, with code-point offsets", () => {
    const text = "😀据报道，哈萨克斯坦总统托卡耶夫表示";
    const mentions = findAliasMentions(text, [tokayev, kazakhstan]);
    expect(mentions).toEqual([
      { entityId: 2, start: 5, end: 10, quote: "哈萨克斯坦", alias: "哈萨克斯坦" },
      { entityId: 1, start: 12, end: 16, quote: "托卡耶夫", alias: "托卡耶夫" },
    ]);
    for (const mention of mentions) expect(sliceCodePoints(text, mention.start, mention.end)).toBe(mention.quote);
  });

  it("finds Latin names next to Chinese characters", () => {
    expect(quotes("据Tokayev表示")).toEqual([[1, "Tokayev"]]);
  });

  it("lets the longest match win where matches overlap, and reports each range once per entity", () => {
    const entities = [
      { id: 1, aliases: ["Kassym-Schomart Tokajew", "Tokajew"] },
      { id: 2, aliases: ["Schomart"] },
    ];
    expect(quotes("Kassym-Schomart  Tokajew sagte; Tokajew", entities)).toEqual([
      [1, "Kassym-Schomart  Tokajew"],
      [1, "Tokajew"],
    ]);
    const shared = [
      { id: 1, aliases: ["Astana", "ASTANA"] },
      { id: 2, aliases: ["astana"] },
    ];
    expect(findAliasMentions("FC Astana", shared)).toEqual([
      { entityId: 1, start: 3, end: 9, quote: "Astana", alias: "Astana" },
      { entityId: 2, start: 3, end: 9, quote: "Astana", alias: "astana" },
    ]);
  });

  it("matches multi-word aliases across any whitespace, and ignores blank aliases", () => {
    expect(quotes("die Vereinte\nNationen", [un, { id: 4, aliases: ["  ", ""] }])).toEqual([[3, "Vereinte\nNationen"]]);
  });
});
