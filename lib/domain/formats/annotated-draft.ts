import type { DocumentDraft } from "@/lib/domain/import/document-draft";

/** The formats whose annotations the import reads. */
export const annotationFormats = ["brat", "labelstudio", "doccano", "claimdesk-jsonl"] as const;
export type AnnotationFormat = (typeof annotationFormats)[number];

/**
 * A span as a file states it, before it is tied to the project: labels, claims and entities are
 * named, not numbered. Offsets are code points into the draft's (normalised) text.
 */
export interface DraftSpan {
  layer: "entity" | "claim";
  start: number;
  end: number;
  quote: string;
  /** Entity layer: the label as the file names it (an entity type key or name). */
  label: string | null;
  /** A catalog entity, found by external id or name, or created. */
  entity: { name: string; externalId: string | null } | null;
  /** Claim layer: the canonical claim's statement, found in the catalog or created. */
  claim: string | null;
  stance: string | null;
  /** The claimant, a catalog entity named here. */
  claimant: string | null;
  /** The index, in the document's spans, of the entity span naming the claimant. */
  claimantMention: number | null;
  note: string;
}

export interface DraftRelation {
  type: string;
  /** Indexes into the document's spans. */
  from: number;
  to: number;
}

export interface DraftDocumentLabel {
  claim: string;
  stance: string;
}

/** A document to store together with one set of annotations on it. */
export interface AnnotatedDraft {
  draft: DocumentDraft;
  /** Where the document came from within its file (a path in a zip, a line, a task). */
  name: string;
  spans: DraftSpan[];
  relations: DraftRelation[];
  documentLabels: DraftDocumentLabel[];
}

/** One file's worth of annotated documents (a zip, a `.txt`/`.ann` pair, a JSON file). */
export interface AnnotatedFile {
  /** The name the report uses: the uploaded file, or the `.ann` of a brat pair. */
  name: string;
  format: AnnotationFormat;
  documents: AnnotatedDraft[];
  /** Entity labels the file declares (brat's annotation.conf), created even when unused. */
  declaredLabels: string[];
}
