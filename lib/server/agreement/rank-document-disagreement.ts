import type { SubmittedDocument } from "./agreement-data";
import type { DocumentDisagreement } from "./agreement-report";
import type { DocumentStanceTally } from "./stance-agreement";

/**
 * Documents ranked for review, most disagreement first. The score adds 1 − the mean pairwise
 * overlap F1 over both span layers (a pair that marked nothing agrees fully) to the share of stance
 * units without a unanimous stance, so it runs from 0 (full agreement) to 2.
 */
export function rankDocumentDisagreement(
  documents: readonly SubmittedDocument[],
  overlapF1ByDocument: ReadonlyMap<number, number>,
  stanceByDocument: ReadonlyMap<number, DocumentStanceTally>,
): DocumentDisagreement[] {
  const ranked = documents.map((document): DocumentDisagreement => {
    const spanDisagreement = 1 - (overlapF1ByDocument.get(document.id) ?? 1);
    const stance = stanceByDocument.get(document.id) ?? { units: 0, disagreements: 0 };
    const stanceShare = stance.units === 0 ? 0 : stance.disagreements / stance.units;
    return {
      documentId: document.id,
      title: document.title,
      annotators: document.annotatorIds.length,
      spanDisagreement,
      stanceDisagreements: stance.disagreements,
      stanceUnits: stance.units,
      score: spanDisagreement + stanceShare,
    };
  });
  return ranked.sort((a, b) => b.score - a.score || a.documentId - b.documentId);
}
