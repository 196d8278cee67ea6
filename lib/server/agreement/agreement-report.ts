import type { AgreementFigure } from "@/lib/domain/agreement/agreement-figure";

/** A figure as the API serialises it: `{ value, reason? , …detail }`, plus a note on what it covers. */
export type FigureView = AgreementFigure<object> & { note?: string };

export interface SpanF1View {
  exact: FigureView;
  overlap: FigureView;
}

export interface AnnotatorRef {
  id: number;
  name: string;
}

export interface PairAgreement {
  a: AnnotatorRef;
  b: AnnotatorRef;
  /** Documents both annotators submitted, over which their F1 is pooled. */
  documents: number;
  entitiesF1: SpanF1View;
  claimsF1: SpanF1View;
}

export interface DocumentDisagreement {
  documentId: number;
  title: string;
  annotators: number;
  /** 1 − mean pairwise overlap F1 over entity and claim spans together. */
  spanDisagreement: number;
  /** Claim positions and document claims whose stances are not all the same (a missing one counts). */
  stanceDisagreements: number;
  stanceUnits: number;
  /** spanDisagreement + stanceDisagreements / stanceUnits (0 without units): 0 is full agreement, 2 the most. */
  score: number;
}

export interface AgreementReport {
  entities: {
    spanF1: SpanF1View;
    unitizingAlpha: FigureView;
    byLabel: Record<string, { spanF1: SpanF1View; unitizingAlpha: FigureView }>;
  };
  claims: {
    spanF1: SpanF1View;
    unitizingAlpha: FigureView;
    stance: { units: number; krippendorffAlpha: FigureView; fleissKappa: FigureView; cohenKappa?: FigureView };
  };
  documentStance: { units: number; krippendorffAlpha: FigureView };
  pairs: PairAgreement[];
  /** Documents submitted by at least two annotators: the ones every figure is computed over. */
  documents: number;
  /** Ranked by disagreement, highest first. */
  perDocument: DocumentDisagreement[];
  progress: { requiredSubmissions: number; complete: number; total: number };
}
