import "server-only";
import { annotationSetsOf, type ExportContext, type SpanSelector } from "@/lib/domain/export/dataset-model";
import type { ExportSetChoice } from "./export-formats";
import type { LoadedDocument } from "./load-export-batches";

/** What every format writer reads: the batches (re-readable, for multi-pass formats) and the context. */
export interface ExportInput {
  batches: (accept?: (documentId: number) => boolean) => AsyncIterable<LoadedDocument[]>;
  /** The Claimdesk JSONL lines as the engine writes them, or null when it does not (see readEngineJsonlLines). */
  engineJsonlLines: () => AsyncIterable<Uint8Array> | null;
  context: ExportContext;
  projectDescription: string;
  set: ExportSetChoice;
  /** Seed of the Hugging Face split. */
  seed: string;
}

/** Chunks of the output file, one per batch or so; strings are UTF-8 encoded by the caller. */
export type ExportChunk = string | Uint8Array;

/**
 * The annotation sets a one-set format writes for a document: those present, plus an empty
 * gold set for an adjudicated document without gold spans (a true "nothing here").
 */
export function selectorsFor(loaded: LoadedDocument, set: ExportSetChoice): SpanSelector[] {
  const selectors = annotationSetsOf(loaded.document);
  if (set !== "annotators" && loaded.adjudicated && !selectors.some((s) => s.set === "gold")) {
    selectors.unshift({ set: "gold" });
  }
  return selectors;
}

/** A name for a selector in file names and extra fields: `gold` or the annotator's email. */
export const selectorName = (selector: SpanSelector) => (selector.set === "gold" ? "gold" : selector.annotator);
