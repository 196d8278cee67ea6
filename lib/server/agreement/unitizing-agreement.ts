import { computeUnitizingAlpha, type UnitizedDocument } from "@/lib/domain/agreement/unitizing-alpha";
import type { AgreementData, AgreementDocument } from "./agreement-data";
import type { FigureView } from "./agreement-report";

export interface UnitizingAgreement {
  entities: FigureView;
  entitiesByLabel: Map<string, FigureView>;
  claims: FigureView;
}

/**
 * Unitizing alpha per layer. It compares the same coders across one pooled continuum, so it is
 * computed over the documents of the most common set of annotators (most documents; ties go to the
 * larger set, then to the set that comes first). Averaging alphas of several groups would weigh
 * small, noisy groups like large ones; when documents are left out, a `note` says which were used.
 */
export function computeUnitizingAgreement(data: AgreementData): UnitizingAgreement {
  const group = mostCommonAnnotatorSet(data.documents);
  const note = group.length < data.documents.length ? describeGroup(data, group) : undefined;
  const withNote = (figure: FigureView): FigureView => (note ? { ...figure, note } : figure);
  const unitize = (layer: "entities" | "claims"): UnitizedDocument[] =>
    group.map((document) => ({
      length: document.length,
      spansByCoder: document.annotatorIds.map((id) => document.sets.get(id)?.[layer] ?? []),
    }));

  const entities = computeUnitizingAlpha(unitize("entities"), { labels: data.entityTypeKeys });
  const claims = computeUnitizingAlpha(unitize("claims"));
  const entitiesByLabel = new Map<string, FigureView>();
  for (const [label, figure] of entities.byLabel) entitiesByLabel.set(label, withNote(figure));
  return { entities: withNote(entities.overall), entitiesByLabel, claims: withNote(claims.overall) };
}

function mostCommonAnnotatorSet(documents: readonly AgreementDocument[]): AgreementDocument[] {
  const groups = new Map<string, AgreementDocument[]>();
  for (const document of documents) {
    const key = document.annotatorIds.join(",");
    const group = groups.get(key);
    if (group) group.push(document);
    else groups.set(key, [document]);
  }
  let best: AgreementDocument[] = [];
  for (const group of groups.values()) {
    const size = group[0]?.annotatorIds.length ?? 0;
    const bestSize = best[0]?.annotatorIds.length ?? 0;
    if (group.length > best.length || (group.length === best.length && size > bestSize)) best = group;
  }
  return best;
}

function describeGroup(data: AgreementData, group: readonly AgreementDocument[]): string {
  const names = new Map(data.annotators.map((annotator) => [annotator.id, annotator.name]));
  const who = (group[0]?.annotatorIds ?? []).map((id) => names.get(id) ?? `User ${id}`).join(", ");
  return (
    `Computed over the ${group.length} of ${data.documents.length} documents submitted by ${who}, ` +
    "the most common set of annotators; unitizing alpha needs the same annotators on every document"
  );
}
