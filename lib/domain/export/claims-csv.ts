import { csvRow } from "./csv-cell";
import type { ExportDocument } from "./dataset-model";

const COLUMNS = [
  "document_id",
  "title",
  "language",
  "published_at",
  "quote",
  "start",
  "end",
  "claim",
  "stance",
  "claimant",
  "annotator",
  "note",
] as const;

/** The header record; `start`/`end` are code points, as Python's `text[start:end]`. */
export function claimsCsvHeader(): string {
  return csvRow(COLUMNS);
}

/** One CSV record per claim span of the document, in text order; "gold" stands for the gold set. */
export function exportClaimsCsvRows(document: ExportDocument): string {
  return document.spans
    .filter((span) => span.layer === "claim")
    .sort((a, b) => a.start - b.start || a.end - b.end || a.id - b.id)
    .map((span) =>
      csvRow([
        document.id,
        document.title,
        document.language,
        document.publishedAt,
        span.quote,
        span.start,
        span.end,
        span.claim?.statement ?? null,
        span.stance,
        span.claimant?.name ?? null,
        span.set === "gold" ? "gold" : span.annotator,
        span.note,
      ]),
    )
    .join("");
}
