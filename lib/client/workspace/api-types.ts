/** Shapes of the annotation API as the workspace reads them. Offsets are code points. */
import type { MentionSuggestion, PreannotationSuggestion } from "@/lib/server/annotations/suggest-annotations";
import type { RecommenderSuggestion } from "@/lib/server/recommenders/recommender-suggestions";
import type { SpanView } from "@/lib/server/annotations/span-view";

export type SpanLayer = SpanView["layer"];
export type SpanOrigin = SpanView["origin"];

/** A span as the workspace keeps it: the API's span without its bookkeeping fields. */
export type Span = Pick<
  SpanView,
  | "id" | "layer" | "start" | "end" | "quote" | "entityTypeId" | "entityId" | "claimId" | "stance"
  | "claimantEntityId" | "claimantMentionId" | "note" | "origin" | "version"
>;

/** The fields of a span a PATCH may change. */
export type SpanChanges = Partial<
  Pick<Span, "entityTypeId" | "entityId" | "claimId" | "stance" | "claimantEntityId" | "claimantMentionId" | "note">
>;

export type NewSpan = Pick<Span, "layer" | "start" | "end" | "quote"> &
  SpanChanges & { origin?: SpanOrigin; sourceAnnotationIds?: number[] };

export interface DocumentLabel {
  id: number;
  claimId: number;
  stance: string;
  version: number;
}

export interface DocumentAnnotations {
  spans: Span[];
  relations: unknown[];
  documentLabels: DocumentLabel[];
  status: string;
}

export interface ColoredLabel {
  id: number;
  key: string;
  name: string;
  color: string;
  hotkey: string | null;
}

export interface LabelSchema {
  entityTypes: ColoredLabel[];
  stanceLabels: ColoredLabel[];
}

export interface CatalogClaim {
  id: number;
  statement: string;
  description: string;
  status: "approved" | "proposed";
}

export interface CatalogEntity {
  id: number;
  name: string;
  entityTypeId: number | null;
  externalId: string | null;
  aliases: { alias: string; language: string | null }[];
}

/** A catalog entity's alias found in the text. */
export type AliasSuggestion = MentionSuggestion;
/** A span of the document's imported pre-annotations. */
export type Preannotation = PreannotationSuggestion;
/** Something the annotator may accept into their set with one key, or reject. */
export type Suggestion = AliasSuggestion | Preannotation | RecommendedSpan;
/** A span one of the project's recommenders offers, with its score and why. */
export type RecommendedSpan = RecommenderSuggestion;

export interface QueueDocument {
  id: number;
  title: string;
  language: string;
  chars: number;
  status: string;
}

export interface Queue {
  documents: QueueDocument[];
  progress: { submitted: number; total: number };
}

export interface SubmitResult {
  status: "submitted";
  next: { documentId: number } | null;
}

export interface MissingItem {
  spanId: number;
  quote: string;
  missing: string[];
}

export interface DocumentMeta {
  id: number;
  projectId: number;
  title: string;
  text: string;
  language: string;
  publishedAt: string | null;
  sourceUrl: string | null;
  chars: number;
}

export interface ProjectMeta {
  id: number;
  name: string;
  guidelines: string;
  settings: {
    snapToWords: boolean;
    allowProposedClaims: boolean;
    annotatorsCanCreateEntities: boolean;
  };
  roles: string[];
}
