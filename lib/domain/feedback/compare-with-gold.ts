import { type AdjudicationSpan, claimantKey, versionKeysOf } from "@/lib/domain/adjudication/build-adjudication-candidates";

/** What can differ between a gold span and the annotator's span paired with it. */
export type SpanDifference = "boundaries" | "entityType" | "entity" | "claim" | "stance" | "claimant";

export type FeedbackItem =
  /** Same offsets and attributes. */
  | { kind: "matched"; gold: AdjudicationSpan; own: AdjudicationSpan }
  /** The same annotation meant differently: overlapping offsets, some difference. */
  | { kind: "different"; gold: AdjudicationSpan; own: AdjudicationSpan; differences: SpanDifference[] }
  /** In the gold set only. */
  | { kind: "missed"; gold: AdjudicationSpan }
  /** In the annotator's set only. */
  | { kind: "extra"; own: AdjudicationSpan };

export type FeedbackKind = FeedbackItem["kind"];

export interface GoldComparison {
  /** In text order. */
  items: FeedbackItem[];
  counts: Record<FeedbackKind, number>;
}

interface Side {
  spans: readonly AdjudicationSpan[];
  mentions: ReadonlyMap<number, AdjudicationSpan>;
  keys: ReadonlyMap<number, string>;
}

function sideOf(spans: readonly AdjudicationSpan[]): Side {
  return { spans, mentions: new Map(spans.map((s) => [s.id, s])), keys: versionKeysOf(spans) };
}

/** The attributes in which two same-layer spans differ; claimant mentions compare by their offsets. */
function differencesBetween(gold: AdjudicationSpan, own: AdjudicationSpan, goldSide: Side, ownSide: Side): SpanDifference[] {
  const differences: SpanDifference[] = [];
  if (gold.start !== own.start || gold.end !== own.end) differences.push("boundaries");
  if (gold.layer === "entity") {
    if (gold.entityTypeId !== own.entityTypeId) differences.push("entityType");
    if (gold.entityId !== own.entityId) differences.push("entity");
    return differences;
  }
  if (gold.claimId !== own.claimId) differences.push("claim");
  if (gold.stance !== own.stance) differences.push("stance");
  if (claimantKey(gold, goldSide.mentions) !== claimantKey(own, ownSide.mentions)) differences.push("claimant");
  return differences;
}

const position = (span: AdjudicationSpan) => `${span.layer}:${span.start}-${span.end}`;
const overlap = (a: AdjudicationSpan, b: AdjudicationSpan) => Math.min(a.end, b.end) - Math.max(a.start, b.start);

/**
 * Pairs each gold span with at most one of the annotator's spans of the same layer: first at the
 * same offsets (an identical version before another), then, among the rest, by the largest
 * overlap. Unpaired spans are missed (gold) or extra (annotator's).
 */
export function compareWithGold(goldSpans: readonly AdjudicationSpan[], ownSpans: readonly AdjudicationSpan[]): GoldComparison {
  const gold = sideOf(goldSpans);
  const own = sideOf(ownSpans);
  const partnerOf = new Map<AdjudicationSpan, AdjudicationSpan>();
  const pairedOwn = new Set<AdjudicationSpan>();

  const ownAt = new Map<string, AdjudicationSpan[]>();
  for (const span of ownSpans) ownAt.set(position(span), [...(ownAt.get(position(span)) ?? []), span]);
  for (const span of goldSpans) {
    const here = ownAt.get(position(span));
    if (!here?.length) continue;
    const identical = here.findIndex((o) => own.keys.get(o.id) === gold.keys.get(span.id));
    const [partner] = here.splice(identical === -1 ? 0 : identical, 1);
    partnerOf.set(span, partner!);
    pairedOwn.add(partner!);
  }

  const restGold = goldSpans.filter((s) => !partnerOf.has(s));
  const restOwn = ownSpans.filter((s) => !pairedOwn.has(s));
  const overlapping: { gold: AdjudicationSpan; own: AdjudicationSpan; size: number }[] = [];
  for (const g of restGold) {
    for (const o of restOwn) {
      if (g.layer === o.layer && overlap(g, o) > 0) overlapping.push({ gold: g, own: o, size: overlap(g, o) });
    }
  }
  overlapping.sort((a, b) => b.size - a.size || a.gold.start - b.gold.start || a.own.start - b.own.start);
  for (const pair of overlapping) {
    if (partnerOf.has(pair.gold) || pairedOwn.has(pair.own)) continue;
    partnerOf.set(pair.gold, pair.own);
    pairedOwn.add(pair.own);
  }

  const items: FeedbackItem[] = [];
  for (const span of goldSpans) {
    const partner = partnerOf.get(span);
    if (!partner) {
      items.push({ kind: "missed", gold: span });
      continue;
    }
    const differences = differencesBetween(span, partner, gold, own);
    items.push(differences.length === 0 ? { kind: "matched", gold: span, own: partner } : { kind: "different", gold: span, own: partner, differences });
  }
  for (const span of ownSpans) if (!pairedOwn.has(span)) items.push({ kind: "extra", own: span });
  items.sort(byPosition);

  const counts: Record<FeedbackKind, number> = { matched: 0, different: 0, missed: 0, extra: 0 };
  for (const item of items) counts[item.kind]++;
  return { items, counts };
}

function extentOf(item: FeedbackItem): { start: number; end: number; layer: string } {
  if (item.kind === "missed") return item.gold;
  if (item.kind === "extra") return item.own;
  return { layer: item.gold.layer, start: Math.min(item.gold.start, item.own.start), end: Math.max(item.gold.end, item.own.end) };
}

function byPosition(a: FeedbackItem, b: FeedbackItem): number {
  const x = extentOf(a);
  const y = extentOf(b);
  return x.start - y.start || x.end - y.end || (x.layer < y.layer ? -1 : x.layer > y.layer ? 1 : 0);
}
