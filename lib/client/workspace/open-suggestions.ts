import type { Span, Suggestion } from "./api-types";
import { suggestionKey } from "./targets";

/**
 * Suggestions still to decide: not rejected in this session, and not inside, around or across an
 * entity span already marked; an imported or recommended claim, unless a claim span has its very offsets.
 * O((n + m) log m) for n suggestions and m spans.
 */
export function openSuggestions(all: readonly Suggestion[], spans: readonly Span[], rejected: ReadonlySet<string>): Suggestion[] {
  const entities = spans.filter((s) => s.layer === "entity").sort((a, b) => a.start - b.start);
  // The furthest end among the entities up to each index, in start order.
  const furthestEnd: number[] = [];
  entities.forEach((e, i) => furthestEnd.push(Math.max(e.end, furthestEnd[i - 1] ?? 0)));
  const overlapsEntity = (s: Suggestion) => {
    let low = 0;
    let high = entities.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (entities[mid]!.start < s.end) low = mid + 1;
      else high = mid;
    }
    // Among the entities starting before the suggestion ends, does one end after it starts?
    return low > 0 && furthestEnd[low - 1]! > s.start;
  };
  const claims = new Set(spans.filter((s) => s.layer === "claim").map((s) => `${s.start}:${s.end}`));
  const marked = (s: Suggestion) =>
    s.source !== "alias" && s.layer === "claim" ? claims.has(`${s.start}:${s.end}`) : overlapsEntity(s);
  return all.filter((s) => !rejected.has(suggestionKey(s)) && !marked(s));
}
