import { francAll } from "franc";
import { describe, expect, it } from "vitest";
import { readFixture } from "./fixtures/read-fixture";
import { francCandidateCodes } from "./franc-languages";
import { rankLanguagesByTrigrams, type FrancScript } from "./franc-trigram-ranking";

const samples: [string, FrancScript][] = [
  [readFixture("en-article.txt"), "Latin"],
  [readFixture("de-stray-fragments.txt"), "Latin"],
  [readFixture("pl-bullets.txt"), "Latin"],
  [readFixture("pl-dated.txt"), "Latin"],
  ["Kazajistán respetará las sanciones contra Rusia, afirmó el portavoz del ministerio.", "Latin"],
  ["Казахстан поддерживает санкции против России, заявил официальный представитель МИД.", "Cyrillic"],
  ["Қазақстан Ресейге қарсы санкцияларды сақтайтынын мәлімдеді, деп хабарлады министрлік.", "Cyrillic"],
];

describe("rankLanguagesByTrigrams", () => {
  it.each(samples)("ranks like franc with the same candidates: %s", (sample, script) => {
    const ours = rankLanguagesByTrigrams(sample, script) ?? [];
    const francs = francAll(sample, { only: [...francCandidateCodes], minLength: 1 });
    expect(ours.map(([code]) => code)).toEqual(francs.map(([code]) => code));
    ours.forEach(([, score], index) => expect(score).toBeCloseTo(francs[index]?.[1] ?? Number.NaN, 10));
  });

  it("gives up (null) rather than merge characters when a sample has too many distinct ones", () => {
    const manyCharacters = Array.from({ length: 1200 }, (_, i) => String.fromCharCode(0x4e00 + i)).join("");
    expect(rankLanguagesByTrigrams(`Kazakhstan backs the sanctions ${manyCharacters}`, "Latin")).toBeNull();
  });
});
