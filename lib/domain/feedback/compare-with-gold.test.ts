import { describe, expect, it } from "vitest";
import { claim, entity } from "@/lib/domain/adjudication/adjudication-test-spans";
import { compareWithGold } from "./compare-with-gold";

const summary = (items: ReturnType<typeof compareWithGold>["items"]) =>
  items.map((item) => {
    const span = item.kind === "extra" ? item.own : item.gold;
    return item.kind === "different" ? [item.kind, span.start, item.differences] : [item.kind, span.start];
  });

describe("compareWithGold", () => {
  it("sorts identical, missed and extra spans in text order and counts them", () => {
    const gold = [entity(0, 5, { entityId: 3 }), entity(10, 15)];
    const own = [entity(0, 5, { entityId: 3 }), entity(20, 25)];
    const { items, counts } = compareWithGold(gold, own);
    expect(summary(items)).toEqual([
      ["matched", 0],
      ["missed", 10],
      ["extra", 20],
    ]);
    expect(counts).toEqual({ matched: 1, different: 0, missed: 1, extra: 1 });
  });

  it("names each attribute that differs at the same offsets", () => {
    const gold = [entity(0, 5, { entityTypeId: 1, entityId: 3 }), claim(10, 40, { claimId: 7, stance: "favor", claimantEntityId: 3 })];
    const own = [entity(0, 5, { entityTypeId: 2, entityId: null }), claim(10, 40, { claimId: 8, stance: "against", claimantEntityId: 4 })];
    expect(summary(compareWithGold(gold, own).items)).toEqual([
      ["different", 0, ["entityType", "entity"]],
      ["different", 10, ["claim", "stance", "claimant"]],
    ]);
  });

  it("pairs overlapping spans of one layer with different boundaries, the largest overlap first", () => {
    const gold = [entity(10, 20)];
    const own = [entity(8, 12), entity(12, 22), claim(10, 20)];
    const { items } = compareWithGold(gold, own);
    expect(summary(items)).toEqual([
      ["extra", 8],
      ["extra", 10],
      ["different", 10, ["boundaries"]],
    ]);
    const paired = items.find((item) => item.kind === "different");
    expect(paired?.kind === "different" && [paired.own.start, paired.own.end]).toEqual([12, 22]);
  });

  it("prefers an identical span at the same offsets over another one there", () => {
    const gold = [entity(0, 5, { entityTypeId: 2 })];
    const own = [entity(0, 5, { entityTypeId: 1 }), entity(0, 5, { entityTypeId: 2 })];
    expect(summary(compareWithGold(gold, own).items)).toEqual([
      ["matched", 0],
      ["extra", 0],
    ]);
  });

  it("compares claimant mentions by their offsets, not by span ids", () => {
    const goldMention = entity(0, 7);
    const ownMention = entity(0, 7);
    const ownOtherMention = entity(30, 36);
    const gold = [goldMention, claim(10, 29, { claimantMentionId: goldMention.id })];
    const same = compareWithGold(gold, [ownMention, claim(10, 29, { claimantMentionId: ownMention.id })]);
    expect(same.counts).toEqual({ matched: 2, different: 0, missed: 0, extra: 0 });
    const other = compareWithGold(gold, [ownMention, ownOtherMention, claim(10, 29, { claimantMentionId: ownOtherMention.id })]);
    expect(summary(other.items)).toEqual([
      ["matched", 0],
      ["different", 10, ["claimant"]],
      ["extra", 30],
    ]);
  });

  it("compares empty sets", () => {
    expect(compareWithGold([], [])).toEqual({ items: [], counts: { matched: 0, different: 0, missed: 0, extra: 0 } });
    expect(compareWithGold([entity(0, 1)], []).counts.missed).toBe(1);
  });
});
