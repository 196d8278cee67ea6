import type { ExportDocument, ExportPrediction, ExportSuggestionDecision } from "./dataset-model";

export const CLAIMDESK_JSONL_FORMAT = "claimdesk-jsonl";
export const CLAIMDESK_JSONL_VERSION = 1;

// Built key by key, so that the order of the keys is the format's whatever the input's.
const decisionJson = (decision: ExportSuggestionDecision): ExportSuggestionDecision => ({
  id: decision.id,
  recommender: decision.recommender,
  layer: decision.layer,
  start: decision.start,
  end: decision.end,
  quote: decision.quote,
  label: decision.label,
  score: decision.score,
  decision: decision.decision,
  decidedBy: decision.decidedBy,
  decidedAt: decision.decidedAt,
  spanId: decision.spanId,
});

const predictionJson = (prediction: ExportPrediction): ExportPrediction => ({
  id: prediction.id,
  origin: prediction.origin,
  modelVersion: prediction.modelVersion,
  score: prediction.score,
  layer: prediction.layer,
  start: prediction.start,
  end: prediction.end,
  quote: prediction.quote,
  entityType: prediction.entityType,
  stance: prediction.stance,
});

/**
 * Claimdesk's lossless export: one JSON object per line, one document per line, every field
 * of the export model. Each line carries `"format":"claimdesk-jsonl","version":1` itself,
 * rather than a header line, so that a file can be split, sampled, shuffled or concatenated
 * and still read, and `datasets.load_dataset("json")` sees rows of one shape.
 * `suggestionDecisions` and `predictions` (the model server's pre-annotations) are written only
 * when the document has the lists (set `all`), so that other exports stay as they were.
 */
export function exportClaimdeskJsonlLine(document: ExportDocument): string {
  const line = {
    format: CLAIMDESK_JSONL_FORMAT,
    version: CLAIMDESK_JSONL_VERSION,
    id: document.id,
    title: document.title,
    text: document.text,
    language: document.language,
    publishedAt: document.publishedAt,
    sourceUrl: document.sourceUrl,
    externalId: document.externalId,
    metadata: document.metadata,
    spans: document.spans,
    relations: document.relations,
    documentLabels: document.documentLabels,
    ...(document.suggestionDecisions
      ? { suggestionDecisions: [...document.suggestionDecisions].sort((a, b) => a.id - b.id).map(decisionJson) }
      : {}),
    ...(document.predictions ? { predictions: document.predictions.map(predictionJson) } : {}),
  };
  return `${JSON.stringify(line)}\n`;
}
