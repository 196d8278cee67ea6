/**
 * What every reader returns: documents with spans whose offsets are Unicode code points,
 * half-open, into `text` exactly as the file gives it (readers do not normalise the text,
 * which would move offsets), and the labels seen or declared.
 */

export interface ImportedSpan {
  start: number;
  end: number;
  label: string;
  /** `text[start:end]` in code points. */
  quote: string;
  /** brat discontinuous spans: the fragments, in code points; start/end cover them all. */
  fragments?: [number, number][];
  /** The span's id in the source file (brat `T3`, Label Studio region id, doccano entity id). */
  sourceId?: string;
  /** Who made it, when the file says (Label Studio `completed_by`). */
  annotator?: string;
  /** brat attributes (`A1\tStance T3 favor`); a binary attribute has the value "true". */
  attributes?: Record<string, string>;
  /** brat normalizations (`N1\tReference T1 Wikidata:Q232\tKazakhstan`). */
  references?: { db: string; id: string; name: string }[];
  /** brat AnnotatorNotes. */
  note?: string;
}

export interface ImportedRelation {
  type: string;
  /** Indexes into the document's spans. */
  from: number;
  to: number;
}

export interface ImportedDocument {
  title?: string;
  /** The document's id or file name in the source. */
  externalId?: string;
  text: string;
  spans: ImportedSpan[];
  relations?: ImportedRelation[];
  /** Other fields of the record (doccano's `meta`, Label Studio's other `data` fields). */
  metadata?: Record<string, unknown>;
}

export const formatErrorCodes = [
  "invalid_json",
  "invalid_line",
  "invalid_document",
  "missing_text",
  "offset_out_of_range",
  "quote_mismatch",
  "unknown_reference",
  "invalid_config",
  "no_content",
  "mixed_annotation_sets",
  "invalid_archive",
  "unrecognized_format",
] as const;
export type FormatErrorCode = (typeof formatErrorCodes)[number];

/** Why a file cannot be read; `line` is 1-based, `document` names the file or record. */
export interface FormatReadError {
  code: FormatErrorCode;
  message: string;
  line?: number;
  document?: string;
}

export type ReadResult<D = ImportedDocument> =
  | { ok: true; documents: D[]; labels: string[] }
  | { ok: false; error: FormatReadError };

/** Thrown inside readers and turned into a `ReadResult` at their edge. */
export class FormatError extends Error {
  readonly detail: FormatReadError;

  /** `located`: the message already names its document and line (an error passed on from a reader). */
  constructor(detail: FormatReadError, options: { located?: boolean } = {}) {
    const where = [detail.document, detail.line === undefined ? undefined : `line ${detail.line}`].filter(Boolean).join(", ");
    super(where && !options.located ? `${where}: ${detail.message}` : detail.message);
    this.name = "FormatError";
    this.detail = { ...detail, message: this.message };
  }
}

/** Runs a reader body, turning a FormatError into `{ ok: false }`; other errors are bugs and propagate. */
export function readWith<D>(read: () => { documents: D[]; labels: string[] }): ReadResult<D> {
  try {
    return { ok: true, ...read() };
  } catch (error) {
    if (error instanceof FormatError) return { ok: false, error: error.detail };
    throw error;
  }
}

/** Labels in first-seen order, declared ones first. */
export function collectLabels(declared: readonly string[], documents: readonly { spans: readonly { label: string }[] }[]): string[] {
  const labels = new Set(declared);
  for (const document of documents) for (const span of document.spans) labels.add(span.label);
  return [...labels];
}
