import { notComputable } from "@/lib/domain/agreement/agreement-figure";
import { computeCohenKappaFromLabels } from "@/lib/domain/agreement/cohen-kappa";
import { computeFleissKappa } from "@/lib/domain/agreement/fleiss-kappa";
import { computeKrippendorffAlpha } from "@/lib/domain/agreement/krippendorff-alpha";
import type { AgreementData, AgreementDocument, StancedSpan } from "./agreement-data";
import type { AgreementReport, FigureView } from "./agreement-report";

/** One item rated by a document's annotators: their values, null where one gave none. */
interface StanceUnit {
  documentId: number;
  values: (string | null)[];
}

export interface DocumentStanceTally {
  units: number;
  disagreements: number;
}

export interface StanceAgreement {
  claimStance: AgreementReport["claims"]["stance"];
  documentStance: AgreementReport["documentStance"];
  /** Units and units without unanimous stance, per document. */
  byDocument: Map<number, DocumentStanceTally>;
}

/**
 * Claim stance units are the distinct claim positions (document, start, end) any annotator marked;
 * document stance units are the (document, catalog claim) pairs any annotator labelled. Alpha takes
 * the missing values in its stride; Fleiss' and Cohen's kappa need every rating, so they use only
 * the units every annotator of the document rated.
 */
export function computeStanceAgreement(data: AgreementData): StanceAgreement {
  const claimUnits = data.documents.flatMap(claimPositionUnits);
  const labelUnits = data.documents.flatMap(documentClaimUnits);
  const byDocument = new Map<number, DocumentStanceTally>();
  for (const units of [claimUnits, labelUnits]) {
    for (const unit of units) {
      let tally = byDocument.get(unit.documentId);
      if (!tally) byDocument.set(unit.documentId, (tally = { units: 0, disagreements: 0 }));
      tally.units++;
      if (!isUnanimous(unit.values)) tally.disagreements++;
    }
  }

  const claimStance: StanceAgreement["claimStance"] = {
    units: claimUnits.length,
    krippendorffAlpha: computeKrippendorffAlpha(toReliabilityData(data, claimUnits), { metric: "nominal" }),
    fleissKappa: computeFleissOverCompleteUnits(claimUnits),
  };
  if (data.annotators.length === 2) {
    const [first = [], second = []] = toReliabilityData(data, claimUnits);
    claimStance.cohenKappa = computeCohenKappaFromLabels(first, second);
  }
  const documentStance = {
    units: labelUnits.length,
    krippendorffAlpha: computeKrippendorffAlpha(toReliabilityData(data, labelUnits), { metric: "nominal" }),
  };
  return { claimStance, documentStance, byDocument };
}

function claimPositionUnits(document: AgreementDocument): (StanceUnit & { annotatorIds: number[] })[] {
  // Per position, each annotator's span there (by annotator index), in order of first appearance.
  const positions = new Map<number, (StancedSpan | undefined)[]>();
  const { annotatorIds } = document;
  for (let index = 0; index < annotatorIds.length; index++) {
    for (const span of document.sets.get(annotatorIds[index]!)?.claims ?? []) {
      const key = span.start * (document.length + 1) + span.end;
      let spans = positions.get(key);
      if (!spans) positions.set(key, (spans = new Array<StancedSpan | undefined>(annotatorIds.length).fill(undefined)));
      // Two spans of one annotator at one position: the earlier one speaks for them.
      const known = spans[index];
      if (!known || span.id < known.id) spans[index] = span;
    }
  }
  const units: (StanceUnit & { annotatorIds: number[] })[] = [];
  for (const spans of positions.values()) {
    units.push({ documentId: document.id, annotatorIds, values: spans.map(stanceOf) });
  }
  return units;
}

const stanceOf = (span: StancedSpan | undefined) => span?.stance ?? null;

function documentClaimUnits(document: AgreementDocument): (StanceUnit & { annotatorIds: number[] })[] {
  const claims = new Map<number, Map<number, string>>();
  for (const id of document.annotatorIds) {
    for (const [claimId, stance] of document.sets.get(id)?.documentStances ?? []) {
      let values = claims.get(claimId);
      if (!values) claims.set(claimId, (values = new Map()));
      values.set(id, stance);
    }
  }
  return [...claims.values()].map((values) => ({
    documentId: document.id,
    annotatorIds: document.annotatorIds,
    values: document.annotatorIds.map((id) => values.get(id) ?? null),
  }));
}

function isUnanimous(values: readonly (string | null)[]): boolean {
  return values.every((value) => value !== null && value === values[0]);
}

/** One row per annotator of the project, one column per unit; null where an annotator gave no value. */
function toReliabilityData(data: AgreementData, units: readonly (StanceUnit & { annotatorIds: number[] })[]) {
  const row = new Map(data.annotators.map((annotator, index) => [annotator.id, index]));
  const rows = data.annotators.map(() => new Array<string | null>(units.length).fill(null));
  units.forEach((unit, column) => {
    unit.annotatorIds.forEach((id, k) => {
      const target = rows[row.get(id) ?? -1];
      if (target) target[column] = unit.values[k] ?? null;
    });
  });
  return rows;
}

/**
 * Fleiss' kappa over the units every annotator of their document rated. It needs the same number
 * of ratings per unit, so when documents have different numbers of annotators it uses the most
 * common number and says so in a note.
 */
function computeFleissOverCompleteUnits(units: readonly StanceUnit[]): FigureView {
  const complete = units.filter((unit) => unit.values.every((value) => value !== null));
  const bySize = new Map<number, StanceUnit[]>();
  for (const unit of complete) {
    const group = bySize.get(unit.values.length);
    if (group) group.push(unit);
    else bySize.set(unit.values.length, [unit]);
  }
  let used: StanceUnit[] = [];
  for (const group of bySize.values()) if (group.length > used.length) used = group;
  if (used.length === 0) return notComputable("No claim position was given a stance by every annotator of its document");
  const figure = computeFleissKappa(toCategoryCounts(used));
  if (used.length === complete.length) return figure;
  const raters = used[0]?.values.length ?? 0;
  return { ...figure, note: `Over the ${used.length} of ${complete.length} fully rated positions with ${raters} annotators` };
}

/** Fleiss' subjects × categories matrix. */
function toCategoryCounts(units: readonly StanceUnit[]): number[][] {
  const categories = new Map<string, number>();
  for (const unit of units) for (const value of unit.values) if (value !== null && !categories.has(value)) categories.set(value, categories.size);
  return units.map((unit) => {
    const counts = new Array<number>(categories.size).fill(0);
    for (const value of unit.values) {
      const index = value === null ? undefined : categories.get(value);
      if (index !== undefined) counts[index] = (counts[index] ?? 0) + 1;
    }
    return counts;
  });
}
