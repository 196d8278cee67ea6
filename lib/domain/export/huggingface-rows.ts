import { buildOffsetIndex } from "@/lib/domain/text/code-points";
import type { ExportDocument, ExportLabelSchema } from "./dataset-model";
import { tagSentences, tokenLabel } from "./iob2-tags";
import { tokenizeSentences } from "./tokenize-text";

export interface HuggingFaceRow {
  id: number;
  text: string;
  language: string;
  tokens: string[];
  /** Indexes into the label names (`huggingFaceLabelNames`), IOB2. */
  ner_tags: number[];
  /** Entity spans; code points, as Python's `text[start:end]`. */
  spans: { start: number; end: number; label: string; text: string }[];
  claims: {
    start: number;
    end: number;
    text: string;
    claim_id: number | null;
    claim: string | null;
    stance: string | null;
    claimant: string | null;
  }[];
}

/** `O`, then `B-`/`I-` per entity type in schema order: the ClassLabel names of `ner_tags`. */
export function huggingFaceLabelNames(schema: ExportLabelSchema): string[] {
  return ["O", ...schema.entityTypes.flatMap((type) => [`B-${tokenLabel(type.key)}`, `I-${tokenLabel(type.key)}`])];
}

/**
 * One dataset row per document, for a token-classification and span dataset. Tokens and tags
 * follow the CoNLL export's rules (see `tagSentences`); an entity type missing from the
 * schema is tagged O, since the label names are fixed before the export starts.
 * Pass one annotation set (see `selectAnnotationSet`).
 */
export function huggingFaceRow(document: ExportDocument, labelNames: readonly string[]): HuggingFaceRow {
  const text = buildOffsetIndex(document.text);
  const tagIds = new Map(labelNames.map((name, index) => [name, index]));
  const ordered = [...document.spans].sort((a, b) => a.start - b.start || a.end - b.end || a.id - b.id);
  const entities = ordered.filter((span) => span.layer === "entity" && span.entityType !== null);
  const sentences = tokenizeSentences(document.text, document.language);
  const tags = tagSentences(
    sentences,
    entities.map((span) => ({ start: span.start, end: span.end, label: span.entityType ?? "" })),
  ).flat();
  return {
    id: document.id,
    text: document.text,
    language: document.language,
    tokens: sentences.flat().map((token) => token.text),
    ner_tags: tags.map((tag) => tagIds.get(tag) ?? 0),
    spans: entities.map((span) => ({
      start: span.start,
      end: span.end,
      label: tokenLabel(span.entityType ?? ""),
      text: text.slice(span.start, span.end),
    })),
    claims: ordered
      .filter((span) => span.layer === "claim")
      .map((span) => ({
        start: span.start,
        end: span.end,
        text: text.slice(span.start, span.end),
        claim_id: span.claim?.id ?? null,
        claim: span.claim?.statement ?? null,
        stance: span.stance,
        claimant: span.claimant?.name ?? null,
      })),
  };
}

export function huggingFaceLine(row: HuggingFaceRow): string {
  return `${JSON.stringify(row)}\n`;
}
