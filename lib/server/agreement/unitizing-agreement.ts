import {
  type UnitizingTally,
  addSpanGroups,
  finishUnitizingAlpha,
  newUnitizingTally,
} from "@/lib/domain/agreement/unitizing-alpha";
import type { AgreementData, AgreementDocument, SubmittedDocument } from "./agreement-data";
import type { FigureView } from "./agreement-report";

export interface UnitizingAgreement {
  entities: FigureView;
  entitiesByLabel: Map<string, FigureView>;
  claims: FigureView;
}

/** Unitizing alpha's sums per layer over the documents of one set of annotators. */
export interface UnitizingTallies {
  /** The annotator ids of the set, joined by commas. */
  group: string;
  /** Set when documents of other annotators are left out: which documents the figures cover. */
  note: string | undefined;
  entities: UnitizingTally;
  claims: UnitizingTally;
}

/**
 * Unitizing alpha compares the same coders across one pooled continuum, so it is computed over the
 * documents of the most common set of annotators (most documents; ties go to the larger set, then
 * to the set that comes first). Averaging alphas of several groups would weigh small, noisy groups
 * like large ones; when documents are left out, a `note` says which were used.
 */
export function newUnitizingTallies(data: AgreementData): UnitizingTallies {
  const group = mostCommonAnnotatorSet(data.documents);
  const coderCount = group[0]?.annotatorIds.length ?? 0;
  return {
    group: group[0]?.annotatorIds.join(",") ?? "",
    note: group.length < data.documents.length ? describeGroup(data, group) : undefined,
    entities: newUnitizingTally(coderCount, { labels: data.entityTypeKeys }),
    claims: newUnitizingTally(coderCount),
  };
}

/** Adds a document of the chosen set of annotators; others are left out. */
export function addDocumentUnits(tallies: UnitizingTallies, document: AgreementDocument): void {
  if (document.annotatorIds.join(",") !== tallies.group) return;
  addSpanGroups(tallies.entities, document.length, document.entities);
  addSpanGroups(tallies.claims, document.length, document.claims);
}

export function summarizeUnitizingAgreement(tallies: UnitizingTallies): UnitizingAgreement {
  const { note } = tallies;
  const withNote = (figure: FigureView): FigureView => (note ? { ...figure, note } : figure);
  const entities = finishUnitizingAlpha(tallies.entities);
  const claims = finishUnitizingAlpha(tallies.claims);
  const entitiesByLabel = new Map<string, FigureView>();
  for (const [label, figure] of entities.byLabel) entitiesByLabel.set(label, withNote(figure));
  return { entities: withNote(entities.overall), entitiesByLabel, claims: withNote(claims.overall) };
}

function mostCommonAnnotatorSet(documents: readonly SubmittedDocument[]): SubmittedDocument[] {
  const groups = new Map<string, SubmittedDocument[]>();
  for (const document of documents) {
    const key = document.annotatorIds.join(",");
    const group = groups.get(key);
    if (group) group.push(document);
    else groups.set(key, [document]);
  }
  let best: SubmittedDocument[] = [];
  for (const group of groups.values()) {
    const size = group[0]?.annotatorIds.length ?? 0;
    const bestSize = best[0]?.annotatorIds.length ?? 0;
    if (group.length > best.length || (group.length === best.length && size > bestSize)) best = group;
  }
  return best;
}

function describeGroup(data: AgreementData, group: readonly SubmittedDocument[]): string {
  const names = new Map(data.annotators.map((annotator) => [annotator.id, annotator.name]));
  const who = (group[0]?.annotatorIds ?? []).map((id) => names.get(id) ?? `User ${id}`).join(", ");
  return (
    `Computed over the ${group.length} of ${data.documents.length} documents submitted by ${who}, ` +
    "the most common set of annotators; unitizing alpha needs the same annotators on every document"
  );
}
