import { z } from "zod";
import { CLAIM_LABEL, UNTYPED_ENTITY_LABEL } from "@/lib/domain/export/dataset-model";
import { buildOffsetIndex, type OffsetIndex } from "@/lib/domain/text/code-points";
import type { RawPrediction } from "./model-server-responses";

/** The labels a prediction may name: the project's entity types and stance keys. */
export interface PredictionLabels {
  entityTypes: readonly { id: number; key: string; name: string }[];
  stanceKeys: readonly string[];
}

/** A predicted span checked against the document text. Offsets are code points, half-open. */
export interface PredictedSpan {
  layer: "entity" | "claim";
  start: number;
  end: number;
  quote: string;
  entityTypeId: number | null;
  stance: string | null;
}

export type DroppedReason = "not_a_region" | "outside_text" | "text_mismatch" | "unknown_label";

export interface DroppedRegion {
  reason: DroppedReason;
  /** What the region said, for the status line: `[3, 9) "Tokajew" PER`. */
  region: string;
}

export interface DocumentPrediction {
  spans: PredictedSpan[];
  dropped: DroppedRegion[];
  score: number | null;
  modelVersion: string | null;
}

const regionSchema = z.object({
  start: z.number(),
  end: z.number(),
  text: z.string().optional(),
  labels: z.array(z.string()).min(1),
});

const choicesSchema = z.object({ choices: z.array(z.string()) });

/**
 * One task's prediction as spans. Offsets are code points, as Label Studio counts them (and the
 * Label Studio import reads them); a region whose `text` matches only as UTF-16 units (an older
 * backend) is moved to code points, exactly as the import does. A region past the text, whose
 * `text` differs from the document at its offsets, or whose label the project lacks is dropped
 * and reported, never stored. A claim's stance comes from a per-region `stance` choice.
 */
export function predictionSpans(text: string, prediction: RawPrediction, labels: PredictionLabels): DocumentPrediction {
  const index = buildOffsetIndex(text);
  const stances = stanceByRegion(prediction, new Set(labels.stanceKeys));
  const spans: PredictedSpan[] = [];
  const dropped: DroppedRegion[] = [];
  const seen = new Set<string>();
  for (const item of prediction.result) {
    if (!item.type.toLowerCase().endsWith("labels")) continue;
    const region = regionSchema.safeParse(item.value);
    if (!region.success) {
      dropped.push({ reason: "not_a_region", region: JSON.stringify(item.value ?? null).slice(0, 120) });
      continue;
    }
    const { start, end, labels: regionLabels } = region.data;
    const describe = `[${start}, ${end}) ${JSON.stringify(region.data.text ?? "")} ${regionLabels.join("|")}`;
    const offsets = regionOffsets(index, region.data);
    if (offsets.ok === false) {
      dropped.push({ reason: offsets.reason, region: describe });
      continue;
    }
    for (const label of regionLabels) {
      const target = labelTarget(label, labels);
      if (!target) {
        dropped.push({ reason: "unknown_label", region: describe });
        continue;
      }
      const key = `${target.layer}:${offsets.start}:${offsets.end}:${target.entityTypeId ?? ""}`;
      if (seen.has(key)) continue;
      seen.add(key);
      spans.push({
        ...target,
        start: offsets.start,
        end: offsets.end,
        quote: index.slice(offsets.start, offsets.end),
        stance: target.layer === "claim" && item.id !== undefined ? (stances.get(item.id) ?? null) : null,
      });
    }
  }
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  return { spans, dropped, score: prediction.score ?? null, modelVersion: prediction.model_version ?? null };
}

type Offsets = { ok: true; start: number; end: number } | { ok: false; reason: "outside_text" | "text_mismatch" };

function regionOffsets(index: OffsetIndex, region: { start: number; end: number; text?: string | undefined }): Offsets {
  const { start, end, text } = region;
  const fits = (length: number) => Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start < end && end <= length;
  if (fits(index.length) && (text === undefined || index.slice(start, end) === text)) return { ok: true, start, end };
  if (text !== undefined && fits(index.text.length) && index.text.slice(start, end) === text) {
    try {
      return { ok: true, start: index.toCodePoint(start, "reject"), end: index.toCodePoint(end, "reject") };
    } catch {
      // An offset inside a surrogate pair: not UTF-16 offsets either.
    }
  }
  return { ok: false, reason: fits(index.length) ? "text_mismatch" : "outside_text" };
}

function labelTarget(label: string, labels: PredictionLabels): Pick<PredictedSpan, "layer" | "entityTypeId"> | null {
  const folded = label.trim().toLowerCase();
  if (folded === CLAIM_LABEL.toLowerCase()) return { layer: "claim", entityTypeId: null };
  if (folded === UNTYPED_ENTITY_LABEL.toLowerCase()) return { layer: "entity", entityTypeId: null };
  const type =
    labels.entityTypes.find((candidate) => candidate.key === label) ??
    labels.entityTypes.find((candidate) => candidate.key.toLowerCase() === folded || candidate.name.toLowerCase() === folded);
  return type ? { layer: "entity", entityTypeId: type.id } : null;
}

/** Per-region choices named `stance` whose value is one of the project's stance keys. */
function stanceByRegion(prediction: RawPrediction, stanceKeys: ReadonlySet<string>): Map<string, string> {
  const stances = new Map<string, string>();
  for (const item of prediction.result) {
    if (item.type !== "choices" || item.id === undefined || item.from_name !== "stance") continue;
    const choice = choicesSchema.safeParse(item.value).data?.choices[0];
    if (choice !== undefined && stanceKeys.has(choice)) stances.set(item.id, choice);
  }
  return stances;
}
