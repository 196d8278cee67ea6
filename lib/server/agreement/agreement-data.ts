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

export interface AgreementDocument {
  id: number;
  title: string;
  /** Length of the text in code points. */
  length: number;
  /** The annotators who submitted it, ascending by id. */
  annotatorIds: number[];
  sets: Map<number, SubmittedSet>;
}

/** Everything the figures are computed from, loaded in a few queries. */
export interface AgreementData {
  /** Documents submitted by at least two annotators, ascending by id. */
  documents: AgreementDocument[];
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
