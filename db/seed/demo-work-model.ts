/**
 * The shape of the demo's annotated articles: each short article comes with one shared reading (what
 * a careful annotator marks), and each demo annotator's work is that reading with their own
 * differences, so that reviewers and the agreement report have real disagreements to show.
 * Spans name their text by quote; the seed finds the quote in the article text for the offsets.
 */
import type { DemoClaimKey } from "./demo-content";

export type DemoEntityTypeKey = "PER" | "ORG" | "GPE" | "LOC";

export type DemoStanceKey = "favor" | "against" | "neutral" | "unclear";

export type DemoAnnotator = "alice" | "bob";

export interface DemoMention {
  quote: string;
  type: DemoEntityTypeKey;
  /** Name of the catalog entity the mention is linked to; none for people the catalog lacks. */
  entity?: string;
  /** Which appearance of the quote in the text, from 0 (the title line counts). */
  occurrence?: number;
}

export interface DemoClaimSpan {
  quote: string;
  claim: DemoClaimKey;
  stance: DemoStanceKey;
  /** Quote of the reading's mention that makes the claim. */
  claimant?: string;
  /** Name of the catalog entity that makes the claim, when no mention in the text names it. */
  claimantEntity?: string;
  occurrence?: number;
}

export interface DemoReading {
  mentions: DemoMention[];
  claims: DemoClaimSpan[];
  /** The document's overall stance toward catalog claims. */
  labels: Partial<Record<DemoClaimKey, DemoStanceKey>>;
}

/** What one annotator did differently from the shared reading. */
export interface DemoDeviation {
  /** Quotes of mentions or claim spans they did not mark. */
  skip?: string[];
  /** Quotes of mentions they marked without linking them to the catalog. */
  unlinked?: string[];
  /** Claim spans (by quote) they gave another stance. */
  stances?: Record<string, DemoStanceKey>;
  /** Claim spans (by quote) they linked to another catalog claim. */
  claims?: Record<string, DemoClaimKey>;
  /** Claim spans (by quote) they marked with other boundaries: the quote they selected instead. */
  bounds?: Record<string, string>;
  /** Document stances they chose otherwise. */
  labels?: Partial<Record<DemoClaimKey, DemoStanceKey>>;
}

export interface DemoAnnotatorWork {
  annotator: DemoAnnotator;
  deviation?: DemoDeviation;
  /** False: they started the document and have not handed it in yet. */
  submitted?: boolean;
}

export interface DemoAnnotatedArticle {
  /** Plain text under db/seed/articles/: the title line, a blank line, the body. */
  file: string;
  language: string;
  /** ISO 8601, possibly partial; null for an undated article. */
  publishedAt: string | null;
  sourceUrl: string;
  reading: DemoReading;
  work: DemoAnnotatorWork[];
  /** The reviewer's adjudication: candidates the annotators disagree on take the preferred one's version. */
  review?: { status: "adjudicated" | "in_review"; prefer: DemoAnnotator };
}

/** A mention of the reading: `mention("Astana", "LOC", "Astana")`. */
export function mention(quote: string, type: DemoEntityTypeKey, entity?: string, occurrence?: number): DemoMention {
  return { quote, type, entity, occurrence };
}
