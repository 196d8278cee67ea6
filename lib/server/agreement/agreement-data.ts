import type { SpanGroups } from "@/lib/domain/agreement/span-groups";
import type { AnnotatorRef } from "./agreement-report";

/** A document submitted by at least two annotators. */
export interface SubmittedDocument {
  id: number;
  title: string;
  /** Length of the text in code points. */
  length: number;
  /** The annotators who submitted it, ascending by id. */
  annotatorIds: number[];
}

/**
 * A submitted document with its annotators' submitted work. Annotators are coders by their index
 * in `annotatorIds`.
 */
export interface AgreementDocument extends SubmittedDocument {
  /** Entity spans, labelled by entity type key ("untyped" without a type). */
  entities: SpanGroups;
  /** Claim spans, labelled by canonical claim id ("unlinked" without one). */
  claims: SpanGroups;
  claimStances: ClaimStances;
  /** Per coder, the document-level stance by catalog claim id. */
  documentStances: Map<number, string>[];
}

/** The claim spans as parallel columns: positions from..to−1, each with its coder. */
export interface ClaimStances {
  coders: readonly number[];
  starts: readonly number[];
  ends: readonly number[];
  ids: readonly number[];
  stances: readonly (string | null)[];
  from: number;
  to: number;
}

/**
 * Everything the figures are computed from. The submitted work itself is handed out one document
 * at a time: a project's spans never sit in memory all at once, and each document's objects die
 * young, which the garbage collector reclaims almost for free.
 */
export interface AgreementData {
  /** Documents submitted by at least two annotators, ascending by id. */
  documents: SubmittedDocument[];
  /** Calls `visit` with each of `documents` and its work, in order. Runs its query: call it once. */
  visitDocuments: (visit: (document: AgreementDocument) => void) => Promise<void>;
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
export const untypedEntityLabel = "untyped";
