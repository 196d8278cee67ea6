import type { PaintItem, PaintStyle } from "@/lib/client/workspace/paint-model";
import type { CandidateView, GoldSpanView } from "./review-types";

const tint = (color: string, percent: number) => `color-mix(in srgb, ${color} ${percent}%, transparent)`;

export const statusLooks = {
  agreed: { label: "Agreed", color: "#16a34a", badge: "bg-emerald-100 text-emerald-800" },
  disputed: { label: "Disputed", color: "#d97706", badge: "bg-amber-100 text-amber-900" },
  single: { label: "Single", color: "#6b8cae", badge: "bg-sky-100 text-sky-900" },
} as const;

const focusName = "cd-rv-focus";
const goldName = "cd-rv-gold";

/** Candidates tint by status; gold spans get a solid underline; the focused candidate a stronger tint. */
export const reviewPaintStyles: Map<string, PaintStyle> = new Map([
  ...Object.entries(statusLooks).map(([status, look]) => [`cd-rv-${status}`, { tint: tint(look.color, 22), priority: 1 }] as const),
  [goldName, { underline: { color: "#0f172a", track: 0 }, priority: 5 }],
  [focusName, { tint: tint("#6366f1", 30), priority: 10 }],
]);

export function candidatePaintItems(candidates: readonly CandidateView[]): PaintItem[] {
  return candidates.map((c) => ({ name: `cd-rv-${c.status}`, start: c.start, end: c.end }));
}

export function goldPaintItems(gold: readonly GoldSpanView[]): PaintItem[] {
  return gold.map((g) => ({ name: goldName, start: g.start, end: g.end }));
}

export function focusPaintItems(candidate: CandidateView | undefined): PaintItem[] {
  return candidate ? [{ name: focusName, start: candidate.start, end: candidate.end }] : [];
}
