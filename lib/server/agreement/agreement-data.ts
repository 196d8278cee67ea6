import type { LabeledSpan } from "@/lib/domain/agreement/labeled-span";
import type { AnnotatorRef } from "./agreement-report";

/** A claim span: its label is the canonical claim id ("unlinked" without one). */
export interface StancedSpan extends LabeledSpan {
  /** The annotation id, so that the earlier of two spans at one position speaks for its annotator. */
  id: number;
  stance: string | null;
}

/** One annotator's submitted work on one document. */
export interface SubmittedSet {
  entities: LabeledSpan[];
  claims: StancedSpan[];
  /** Document-level stance by catalog claim id. */
  documentStances: Map<number, string>;
}

/** A document submitted by at least two annotators. */
export interface SubmittedDocument {
  id: number;
  title: string;
  /** Length of the text in code points. */
  length: number;
  /** The annotators who submitted it, ascending by id. */
  annotatorIds: number[];
}

/** A submitted document with each annotator's work. */
export interface AgreementDocument extends SubmittedDocument {
  sets: Map<number, SubmittedSet>;
}

/**
 * Everything the figures are computed from. The submitted work itself is handed out one document
 * at a time: a project's spans never sit in memory all at once, and each document's objects die
 * young, which the garbage collector reclaims almost for free.
 */
export interface AgreementData {
  /** Documents submitted by at least two annotators, ascending by id. */
  documents: SubmittedDocument[];
  /** Calls `visit` with each of `documents` and its sets, in order. Runs its query: call it once. */
  visitDocuments: (visit: (document: AgreementDocument) => void) => void;
  /** Everyone who submitted one of those documents, ascending by id. */
  annotators: AnnotatorRef[];
  /** Entity type keys of the project, in schema order, so that unused types are reported too. */
  entityTypeKeys: string[];
  requiredSubmissions: number;
  /** Documents with at least `requiredSubmissions` submissions, and all documents of the project. */
  complete: number;
  total: number;
}

export const unlinkedClaimLabel = "unlinked";

export function emptySubmittedSet(): SubmittedSet {
  return { entities: [], claims: [], documentStances: new Map() };
}
