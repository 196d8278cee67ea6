import { buildOffsetIndex } from "@/lib/domain/text/code-points";
import { annotationSetsOf, selectAnnotationSet, spanLabel, type ExportDocument, type ExportPrediction } from "./dataset-model";

/** Relation label linking a claim region to the region that names its claimant. */
export const LABEL_STUDIO_CLAIMANT_RELATION = "Claimant";

interface RegionValue {
  start: number;
  end: number;
  text: string;
}

export type LabelStudioResult =
  | { id: string; from_name: "label"; to_name: "text"; type: "labels"; value: RegionValue & { labels: string[] } }
  | { id: string; from_name: "stance"; to_name: "text"; type: "choices"; value: RegionValue & { choices: string[] } }
  | { from_id: string; to_id: string; type: "relation"; direction: "right"; labels: string[] };

export interface LabelStudioTask {
  id: number;
  data: {
    text: string;
    title: string;
    language: string;
    publishedAt: string | null;
    sourceUrl: string | null;
    externalId: string | null;
  };
  annotations: {
    /** Label Studio matches annotators by email on import; gold has none and is the ground truth. */
    completed_by?: { email: string };
    ground_truth: boolean;
    result: LabelStudioResult[];
  }[];
  /** The model server's predictions (exports of set `all` only), one per model version and score, as Label Studio exports them. */
  predictions?: { model_version: string; score: number | null; result: LabelStudioResult[] }[];
}

const regionId = (spanId: number) => `cd${spanId}`;

/** A region and, for a claim with a stance, its stance choice. */
function regionResults(
  text: ReturnType<typeof buildOffsetIndex>,
  span: Pick<ExportPrediction, "id" | "layer" | "start" | "end" | "entityType" | "stance">,
): LabelStudioResult[] {
  const value = { start: span.start, end: span.end, text: text.slice(span.start, span.end) };
  const id = regionId(span.id);
  const label: LabelStudioResult = { id, from_name: "label", to_name: "text", type: "labels", value: { ...value, labels: [spanLabel(span)] } };
  if (!span.stance) return [label];
  return [label, { id, from_name: "stance", to_name: "text", type: "choices", value: { ...value, choices: [span.stance] } }];
}

/** Predictions grouped as Label Studio keeps them: one per model version (and score), in text order. */
function labelStudioPredictions(text: ReturnType<typeof buildOffsetIndex>, predictions: readonly ExportPrediction[]): NonNullable<LabelStudioTask["predictions"]> {
  const grouped = new Map<string, NonNullable<LabelStudioTask["predictions"]>[number]>();
  for (const prediction of predictions) {
    const key = JSON.stringify([prediction.modelVersion, prediction.score]);
    let group = grouped.get(key);
    if (!group) {
      group = { model_version: prediction.modelVersion, score: prediction.score, result: [] };
      grouped.set(key, group);
    }
    group.result.push(...regionResults(text, prediction));
  }
  return [...grouped.values()];
}

/**
 * One document as a Label Studio task, one annotation per annotator (and one for gold).
 * Label Studio's Text regions count code points since label-studio-frontend PR #308 (its
 * e2e test "NER - Emoji - Text" checks offsets "by code points"), the same unit as Claimdesk,
 * so offsets pass through unchanged. Use `labelStudioConfig` for the matching labeling config.
 * A document with `predictions` (set `all`) also carries them as the task's `predictions`.
 */
export function exportLabelStudioTask(document: ExportDocument): LabelStudioTask {
  const text = buildOffsetIndex(document.text);
  return {
    id: document.id,
    data: {
      text: document.text,
      title: document.title,
      language: document.language,
      publishedAt: document.publishedAt,
      sourceUrl: document.sourceUrl,
      externalId: document.externalId,
    },
    annotations: annotationSetsOf(document).map((selector) => {
      const { spans, relations } = selectAnnotationSet(document, selector);
      const exported = new Set(spans.map((span) => span.id));
      const result: LabelStudioResult[] = [];
      for (const span of spans) result.push(...regionResults(text, span));
      const relate = (fromId: number, toId: number, label: string) => {
        if (!exported.has(fromId) || !exported.has(toId)) return;
        result.push({ from_id: regionId(fromId), to_id: regionId(toId), type: "relation", direction: "right", labels: [label] });
      };
      for (const span of spans) {
        if (span.claimantMentionId !== null) relate(span.id, span.claimantMentionId, LABEL_STUDIO_CLAIMANT_RELATION);
      }
      for (const relation of relations) relate(relation.fromId, relation.toId, relation.type);
      return selector.set === "gold"
        ? { ground_truth: true, result }
        : { completed_by: { email: selector.annotator }, ground_truth: false, result };
    }),
    ...(document.predictions ? { predictions: labelStudioPredictions(text, document.predictions) } : {}),
  };
}
