import type { ExportDocument } from "./dataset-model";

export const CLAIMDESK_JSONL_FORMAT = "claimdesk-jsonl";
export const CLAIMDESK_JSONL_VERSION = 1;

/**
 * Claimdesk's lossless export: one JSON object per line, one document per line, every field
 * of the export model. Each line carries `"format":"claimdesk-jsonl","version":1` itself,
 * rather than a header line, so that a file can be split, sampled, shuffled or concatenated
 * and still read, and `datasets.load_dataset("json")` sees rows of one shape.
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
  };
  return `${JSON.stringify(line)}\n`;
}
