import { z } from "zod";
import { CLAIMDESK_JSONL_FORMAT, CLAIMDESK_JSONL_VERSION } from "@/lib/domain/export/claimdesk-jsonl";
import { spanLabel, type ExportDocument } from "@/lib/domain/export/dataset-model";
import { describeZodError } from "@/lib/domain/import/describe-zod-error";
import { buildOffsetIndex } from "@/lib/domain/text/code-points";
import { parseJsonLines } from "./parse-json-content";
import { collectLabels, FormatError, readWith, type ReadResult } from "./read-result";
import { quoteAt, requireQuote } from "./span-check";

const set = z.enum(["annotator", "gold"]);
const id = z.number().int();

const spanSchema = z.object({
  id,
  set,
  annotator: z.string().nullable(),
  layer: z.enum(["entity", "claim"]),
  start: z.number().int(),
  end: z.number().int(),
  quote: z.string(),
  entityType: z.string().nullable(),
  entity: z.object({ id, name: z.string(), externalId: z.string().nullable() }).nullable(),
  claim: z.object({ id, statement: z.string() }).nullable(),
  stance: z.string().nullable(),
  claimant: z.object({ id, name: z.string() }).nullable(),
  claimantMentionId: id.nullable(),
  note: z.string(),
  sourceAnnotationIds: z.array(id).nullable(),
});

const lineSchema = z.object({
  format: z.literal(CLAIMDESK_JSONL_FORMAT),
  version: z.literal(CLAIMDESK_JSONL_VERSION),
  id,
  title: z.string(),
  text: z.string(),
  language: z.string(),
  publishedAt: z.string().nullable(),
  sourceUrl: z.string().nullable(),
  externalId: z.string().nullable(),
  metadata: z.record(z.string(), z.unknown()),
  spans: z.array(spanSchema),
  relations: z.array(z.object({ id, set, annotator: z.string().nullable(), type: z.string(), fromId: id, toId: id })),
  documentLabels: z.array(
    z.object({ set, annotator: z.string().nullable(), claimId: id, claimStatement: z.string(), stance: z.string() }),
  ),
  /** In exports of set `all`: a record of the recommenders' help, not annotations, never imported. */
  suggestionDecisions: z.array(z.unknown()).optional(),
  /** In exports of set `all`: the model server's pre-annotations, nobody's work, never imported. */
  predictions: z.array(z.unknown()).optional(),
});

/**
 * The inverse of `exportClaimdeskJsonlLine`: every line back into the export model, unchanged.
 * Each span's quote must equal the text at its code-point offsets. Span ids in relations and
 * claimant mentions are kept as they are; the importer maps them to new rows. Suggestion
 * decisions and predictions are read past: they describe the project they were exported from.
 */
export function readClaimdeskJsonl(content: string, fileName = "claimdesk.jsonl"): ReadResult<ExportDocument> {
  return readWith(() => {
    const documents = parseJsonLines(content, fileName).map(({ value, line }) => {
      const parsed = lineSchema.safeParse(value);
      if (!parsed.success) {
        throw new FormatError({ code: "invalid_document", message: describeZodError(parsed.error), document: fileName, line });
      }
      const { format: _format, version: _version, suggestionDecisions: _decisions, predictions: _predictions, ...document } = parsed.data;
      checkDocument(document, { document: `${fileName} (document ${document.id})`, line });
      return document;
    });
    return { documents, labels: collectLabels([], documents.map((document) => ({ spans: document.spans.map((span) => ({ label: spanLabel(span) })) }))) };
  });
}

function checkDocument(document: ExportDocument, where: { document: string; line: number }): void {
  const text = buildOffsetIndex(document.text);
  for (const span of document.spans) {
    requireQuote(span.quote, quoteAt(text, span.start, span.end, where), span.start, span.end, where);
  }
}
