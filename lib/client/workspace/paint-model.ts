import type { LabelSchema, Span, Suggestion } from "./api-types";
import { assignTracks } from "./span-tracks";

/** How one kind of mark looks; renderers turn it into `::highlight()` rules or inline styles. */
export interface PaintStyle {
  underline?: { color: string; track: number; dashed?: boolean };
  tint?: string;
  /** Higher paints over lower where marks overlap. */
  priority: number;
}

/** One mark to paint: a style name over document offsets [start, end). */
export interface PaintItem {
  name: string;
  start: number;
  end: number;
}

/** Entity underlines stack on three tracks, claims tint on two; deeper nests share the last. */
const entityTracks = 3;
const claimTracks = 2;
const selectedName = "cd-selected";
const suggestionName = "cd-suggestion";
const focusedSuggestionName = "cd-suggestion-focus";
const neutralColor = "#64748b";

/** Schema colours end up in a style sheet, so only plain hex colours pass. */
function safeColor(color: string): string {
  return /^#[0-9a-f]{3,8}$/i.test(color) ? color : neutralColor;
}

const entityName = (typeIndex: number, track: number) => `cd-e${typeIndex}-${track}`;
const claimName = (stanceIndex: number, track: number) => `cd-c${stanceIndex}-${track}`;
const importedEntityName = (typeIndex: number) => `cd-pe${typeIndex}`;
const importedClaimName = (stanceIndex: number) => `cd-pc${stanceIndex}`;
/** Imported claims are dashed below imported entities, so that both show where they meet. */
const importedClaimTrack = 1;

export function paintStyles(schema: LabelSchema): Map<string, PaintStyle> {
  const styles = new Map<string, PaintStyle>();
  for (let track = 0; track < claimTracks; track++) {
    styles.set(claimName(-1, track), { tint: tint(neutralColor, 14), priority: 1 + track });
    schema.stanceLabels.forEach((stance, index) =>
      styles.set(claimName(index, track), { tint: tint(safeColor(stance.color), 16), priority: 1 + track }),
    );
  }
  for (let track = 0; track < entityTracks; track++) {
    schema.entityTypes.forEach((type, index) =>
      styles.set(entityName(index, track), { underline: { color: safeColor(type.color), track }, priority: 5 + track }),
    );
  }
  styles.set(suggestionName, { underline: { color: neutralColor, track: 0, dashed: true }, priority: 4 });
  schema.entityTypes.forEach((type, index) =>
    styles.set(importedEntityName(index), { underline: { color: safeColor(type.color), track: 0, dashed: true }, priority: 4 }),
  );
  styles.set(importedClaimName(-1), { underline: { color: neutralColor, track: importedClaimTrack, dashed: true }, priority: 3 });
  schema.stanceLabels.forEach((stance, index) =>
    styles.set(importedClaimName(index), {
      underline: { color: safeColor(stance.color), track: importedClaimTrack, dashed: true },
      priority: 3,
    }),
  );
  styles.set(focusedSuggestionName, { tint: tint("#6366f1", 18), priority: 9 });
  styles.set(selectedName, { tint: tint("#6366f1", 22), priority: 10 });
  return styles;
}

function tint(color: string, percent: number): string {
  return `color-mix(in srgb, ${color} ${percent}%, transparent)`;
}

/** The spans, in their type colour (entities) or stance tint (claims), stacked on tracks. */
export function spanPaintItems(schema: LabelSchema, spans: readonly Span[]): PaintItem[] {
  const typeIndex = new Map(schema.entityTypes.map((type, index) => [type.id, index]));
  const stanceIndex = new Map(schema.stanceLabels.map((stance, index) => [stance.key, index]));
  const entities = spans.filter((span) => span.layer === "entity");
  const claims = spans.filter((span) => span.layer === "claim");
  const entityTrack = assignTracks(entities, entityTracks - 1);
  const claimTrack = assignTracks(claims, claimTracks - 1);
  const items: PaintItem[] = [];
  for (const span of entities) {
    const type = typeIndex.get(span.entityTypeId ?? -1) ?? 0;
    items.push({ name: entityName(type, entityTrack.get(span.id) ?? 0), start: span.start, end: span.end });
  }
  for (const span of claims) {
    const stance = span.stance === null ? -1 : (stanceIndex.get(span.stance) ?? -1);
    items.push({ name: claimName(stance, claimTrack.get(span.id) ?? 0), start: span.start, end: span.end });
  }
  return items;
}

/** What of the spans their paint depends on: equal keys give equal paint items. */
export function spanPaintKey(schema: LabelSchema, spans: readonly Span[]): string {
  const parts = [`${schema.entityTypes.map((t) => t.id).join(",")}/${schema.stanceLabels.map((s) => s.key).join(",")}`];
  for (const span of spans) parts.push(`${span.layer[0]}${span.start}-${span.end}:${span.entityTypeId ?? ""}:${span.stance ?? ""}`);
  return parts.join(";");
}

/**
 * Dashed: alias matches in grey, imported and recommended entities in their type colour, imported
 * claims in their stance colour (recommended claims, which have none, in grey).
 */
export function suggestionPaintItems(schema: LabelSchema, suggestions: readonly Suggestion[]): PaintItem[] {
  const typeIndex = new Map(schema.entityTypes.map((type, index) => [type.id, index]));
  const stanceIndex = new Map(schema.stanceLabels.map((stance, index) => [stance.key, index]));
  return suggestions.map((s) => {
    if (s.source === "alias") return { name: suggestionName, start: s.start, end: s.end };
    const name =
      s.layer === "entity"
        ? importedEntityName(typeIndex.get(s.entityTypeId ?? -1) ?? 0)
        : importedClaimName(s.source === "recommender" || s.stance === null ? -1 : (stanceIndex.get(s.stance) ?? -1));
    return { name, start: s.start, end: s.end };
  });
}

/** The selected span or suggestion, drawn over everything else. */
export function selectionPaintItems(selected: Span | null, focusedSuggestion: Suggestion | null): PaintItem[] {
  if (selected) return [{ name: selectedName, start: selected.start, end: selected.end }];
  if (focusedSuggestion) return [{ name: focusedSuggestionName, start: focusedSuggestion.start, end: focusedSuggestion.end }];
  return [];
}

/** Pixels between the baseline and an underline on `track`. */
export function underlineOffset(track: number): number {
  return 3 + 4 * track;
}
