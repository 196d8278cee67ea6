import type { FeedbackKind } from "@/lib/domain/feedback/compare-with-gold";
import type { PaintItem, PaintStyle } from "@/lib/client/workspace/paint-model";
import type { FeedbackItemView, FeedbackSpan } from "./feedback-types";

const tint = (color: string, percent: number) => `color-mix(in srgb, ${color} ${percent}%, transparent)`;

export const outcomeLooks: Record<FeedbackKind, { label: string; color: string; badge: string; help: string }> = {
  matched: { label: "Matched", color: "#16a34a", badge: "bg-emerald-100 text-emerald-800", help: "as in the gold set" },
  different: { label: "Different", color: "#d97706", badge: "bg-amber-100 text-amber-900", help: "in both, not the same" },
  missed: { label: "Missed", color: "#dc2626", badge: "bg-red-100 text-red-800", help: "only in the gold set" },
  extra: { label: "Extra", color: "#0284c7", badge: "bg-sky-100 text-sky-900", help: "only in your work" },
};

const goldName = "cd-fb-gold";
const ownName = "cd-fb-own";
const focusName = "cd-fb-focus";

/** Outcomes tint; gold spans get a solid underline, the annotator's a dashed one below it. */
export const feedbackPaintStyles: Map<string, PaintStyle> = new Map([
  ...Object.entries(outcomeLooks).map(([kind, look]) => [`cd-fb-${kind}`, { tint: tint(look.color, 20), priority: 1 }] as const),
  [goldName, { underline: { color: "#0f172a", track: 0 }, priority: 5 }],
  [ownName, { underline: { color: "#4f46e5", track: 1, dashed: true }, priority: 6 }],
  [focusName, { tint: tint("#6366f1", 30), priority: 10 }],
]);

/** The stretches of text an item covers: its gold span, its own span, or both. */
export function itemSpans(item: FeedbackItemView, spansById: ReadonlyMap<number, FeedbackSpan>): FeedbackSpan[] {
  return [item.goldSpanId, item.ownSpanId].flatMap((id) => {
    const span = id === null ? undefined : spansById.get(id);
    return span ? [span] : [];
  });
}

export function outcomePaintItems(items: readonly FeedbackItemView[], spansById: ReadonlyMap<number, FeedbackSpan>): PaintItem[] {
  return items.flatMap((item) => itemSpans(item, spansById).map((s) => ({ name: `cd-fb-${item.kind}`, start: s.start, end: s.end })));
}

export function setPaintItems(gold: readonly FeedbackSpan[], own: readonly FeedbackSpan[]): PaintItem[] {
  return [
    ...gold.map((s) => ({ name: goldName, start: s.start, end: s.end })),
    ...own.map((s) => ({ name: ownName, start: s.start, end: s.end })),
  ];
}

export function focusPaintItems(spans: readonly FeedbackSpan[]): PaintItem[] {
  return spans.map((s) => ({ name: focusName, start: s.start, end: s.end }));
}
