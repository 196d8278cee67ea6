import type { Suggestion } from "@/lib/client/workspace/api-types";

/** Suggestions still awaiting a decision, by where they come from. */
export interface PendingSuggestionCounts {
  /** Catalog aliases and recommenders' spans. */
  mentions: number;
  /** Pre-annotations that came with an import. */
  imported: number;
  /** Pre-annotations the project's model server predicted. */
  predicted: number;
}

export function countPendingSuggestions(suggestions: readonly Suggestion[]): PendingSuggestionCounts {
  const counts: PendingSuggestionCounts = { mentions: 0, imported: 0, predicted: 0 };
  for (const suggestion of suggestions) {
    if (suggestion.source !== "preannotation") counts.mentions++;
    else if (suggestion.prediction) counts.predicted++;
    else counts.imported++;
  }
  return counts;
}

const counted = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "2 suggested mentions and 1 prediction from the model server", or null when nothing awaits. */
export function describePendingSuggestions({ mentions, imported, predicted }: PendingSuggestionCounts): { subject: string; verb: "awaits" | "await" } | null {
  const parts = [
    mentions > 0 && counted(mentions, "suggested mention", "suggested mentions"),
    predicted > 0 && `${counted(predicted, "prediction", "predictions")} from the model server`,
    imported > 0 && counted(imported, "imported annotation", "imported annotations"),
  ].filter((part): part is string => typeof part === "string");
  if (parts.length === 0) return null;
  const subject = parts.length === 1 ? parts.join("") : `${parts.slice(0, -1).join(", ")} and ${parts.at(-1)}`;
  return { subject, verb: mentions + imported + predicted === 1 ? "awaits" : "await" };
}

/** The label of the button accepting every pre-annotation at once, or null when there are fewer than two. */
export function acceptAllPreannotationsLabel({ imported, predicted }: Pick<PendingSuggestionCounts, "imported" | "predicted">): string | null {
  const total = imported + predicted;
  if (total < 2) return null;
  if (predicted === 0) return `Accept all ${total} imported annotations`;
  if (imported === 0) return `Accept all ${total} predictions`;
  return `Accept all ${total} imported annotations and predictions`;
}
