import type { Span, Suggestion } from "./api-types";

/** What the keyboard can focus in the text: a span, or a suggestion awaiting a decision. */
export type Target = { kind: "span"; id: number } | { kind: "suggestion"; key: string };

export const suggestionKey = (s: Suggestion) =>
  s.source === "preannotation"
    ? `pre:${s.id}`
    : s.source === "recommender"
      ? `rec:${s.layer}:${s.start}:${s.end}`
      : `${s.entityId}:${s.start}:${s.end}`;

export interface Positioned {
  target: Target;
  start: number;
  end: number;
}

/** Document order: by start, then the longer (outer) span first. */
export function byPosition(a: { start: number; end: number }, b: { start: number; end: number }): number {
  return a.start - b.start || b.end - a.end;
}

function positionedTargets(spans: readonly Span[], suggestions: readonly Suggestion[]): Positioned[] {
  return [
    ...spans.map((span) => ({ target: { kind: "span", id: span.id } as Target, start: span.start, end: span.end })),
    ...suggestions.map((s) => ({ target: { kind: "suggestion", key: suggestionKey(s) } as Target, start: s.start, end: s.end })),
  ].sort(byPosition);
}

/** Targets in document order, sorted only when first asked for (Tab, a click, a hover), not on every change. */
export function lazyTargets(spans: readonly Span[], suggestions: () => readonly Suggestion[]): () => Positioned[] {
  let sorted: Positioned[] | null = null;
  return () => (sorted ??= positionedTargets(spans, suggestions()));
}

export function sameTarget(a: Target | null, b: Target | null): boolean {
  if (!a || !b) return a === b;
  if (a.kind === "span" && b.kind === "span") return a.id === b.id;
  return a.kind === "suggestion" && b.kind === "suggestion" && a.key === b.key;
}

/**
 * The target after (or before) `current` in document order. Null past either end, so that Tab
 * then leaves the text for the next control instead of trapping keyboard users.
 */
export function stepTarget(targets: readonly Positioned[], current: Target | null, direction: 1 | -1): Target | null {
  const index = targets.findIndex((t) => sameTarget(t.target, current));
  if (index === -1) return (direction === 1 ? targets[0] : targets.at(-1))?.target ?? null;
  return targets[index + direction]?.target ?? null;
}

/** What covers a document offset, innermost (shortest) first. */
export function targetsAt(targets: readonly Positioned[], offset: number): Positioned[] {
  return targets
    .filter((t) => t.start <= offset && offset < t.end)
    .sort((a, b) => a.end - a.start - (b.end - b.start));
}
