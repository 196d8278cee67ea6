import { describe, expect, it } from "vitest";
import { buildClaimRanker, catalogClaimTexts, describeRankedClaim, rankClaims, type RankableClaim } from "./claim-ranker";
import { characterNgrams } from "./character-ngrams";

const sanctions = 1;
const nuclear = 2;
const borders = 3;
const claims: RankableClaim[] = [
  {
    claimId: sanctions,
    texts: [
      { kind: "statement", text: "Kazakhstan supports the sanctions against Russia" },
      { kind: "statement", text: "Kasachstan unterstützt die Sanktionen gegen Russland" },
      { kind: "quote", text: "Kazachstan popiera sankcje wobec Rosji", documentId: 10 },
    ],
  },
  {
    claimId: nuclear,
    texts: [
      { kind: "statement", text: "Kazakhstan will build a nuclear power plant with Rosatom" },
      { kind: "quote", text: "哈萨克斯坦将与俄罗斯原子能公司合作建设核电站", documentId: 11 },
    ],
  },
  { claimId: borders, texts: [{ kind: "statement", text: "The border with China stays open" }] },
];
const ranker = buildClaimRanker(claims);

describe("characterNgrams", () => {
  it("makes padded 3-grams of folded words and characters and pairs in Chinese", () => {
    expect([...characterNgrams("Łódź").keys()]).toEqual([" lo", "lod", "odz", "dz "]);
    expect([...characterNgrams("核电站").keys()]).toEqual(["核", "核电", "电", "电站", "站"]);
  });
});

describe("rankClaims", () => {
  it("ranks a German span by its likeness to the German statement", () => {
    const [first] = rankClaims(ranker, "Kasachstan unterstützt weiterhin die Sanktionen");
    expect(first?.claimId).toBe(sanctions);
    expect(first?.closest.text).toBe("Kasachstan unterstützt die Sanktionen gegen Russland");
  });

  it("ranks a Polish span by a Polish quote linked before, across inflections", () => {
    const ranked = rankClaims(ranker, "Kazachstan nadal popiera sankcje");
    expect(ranked[0]).toMatchObject({ claimId: sanctions, closest: { kind: "quote", documentId: 10 } });
  });

  it("ranks a Chinese span by a Chinese quote", () => {
    const ranked = rankClaims(ranker, "哈萨克斯坦计划建设核电站");
    expect(ranked[0]?.claimId).toBe(nuclear);
    expect(ranked[0]!.score).toBeGreaterThan(0.3);
  });

  it("leaves out quotes of the excluded document", () => {
    const ranked = rankClaims(ranker, "哈萨克斯坦计划建设核电站", { excludeDocumentId: 11 });
    expect(ranked.map((r) => r.claimId)).not.toContain(nuclear);
  });

  it("keeps to the limit and the minimum score, best first", () => {
    const ranked = rankClaims(ranker, "Kazakhstan", { limit: 2 });
    expect(ranked).toHaveLength(2);
    expect(ranked[0]!.score).toBeGreaterThanOrEqual(ranked[1]!.score);
    expect(rankClaims(ranker, "zzzz qqqq")).toEqual([]);
  });

  it("scores an identical text 1", () => {
    expect(rankClaims(ranker, "The border with China stays open")[0]).toMatchObject({ claimId: borders, score: expect.closeTo(1, 6) });
  });
});

describe("describeRankedClaim", () => {
  it("names the text the span resembles", () => {
    expect(describeRankedClaim({ claimId: 1, score: 0.734, closest: { kind: "statement", text: "x" } })).toBe("like the claim's statement");
    expect(describeRankedClaim({ claimId: 1, score: 0.5, closest: { kind: "quote", text: "popiera sankcje" } })).toBe(
      "like “popiera sankcje”, linked to it before",
    );
  });
});

describe("claim matching through translations", () => {
  const prices = { id: 7, statement: "Prices rise every month", translations: [{ language: "pl", text: "Ceny rosną każdego miesiąca" }, { language: "zh", text: "物价每月上涨" }] };
  const elections = { id: 8, statement: "The elections were fair", translations: [] };
  const translated = buildClaimRanker([catalogClaimTexts(prices), catalogClaimTexts(elections)]);
  const polishSpan = "ceny znowu rosną";

  it("makes each translation another text of the claim", () => {
    expect(catalogClaimTexts(prices).texts).toEqual([
      { kind: "statement", text: "Prices rise every month" },
      { kind: "translation", text: "Ceny rosną każdego miesiąca", language: "pl" },
      { kind: "translation", text: "物价每月上涨", language: "zh" },
    ]);
  });

  it("finds an English claim for a Polish span that shares no n-gram with its statement", () => {
    const english = new Set(characterNgrams(prices.statement).keys());
    expect([...characterNgrams(polishSpan).keys()].filter((gram) => english.has(gram))).toEqual([]);
    expect(rankClaims(buildClaimRanker([{ claimId: prices.id, texts: [{ kind: "statement", text: prices.statement }] }]), polishSpan)).toEqual([]);
    const [first, ...rest] = rankClaims(translated, polishSpan);
    expect(first).toMatchObject({ claimId: prices.id, closest: { kind: "translation", language: "pl" } });
    expect(rest).toEqual([]);
    expect(describeRankedClaim(first!)).toBe("like its translation “Ceny rosną każdego miesiąca” (pl)");
  });

  it("finds it for a Chinese span through the Chinese translation", () => {
    const [first] = rankClaims(translated, "物价上涨");
    expect(first).toMatchObject({ claimId: prices.id, closest: { kind: "translation", language: "zh" } });
  });
});
