import type { Span, Suggestion } from "@/lib/client/workspace/api-types";
import type { WorkspaceModel } from "./use-workspace-model";

/** What a mark is, in words, with the colour it is drawn in: for tooltips and the span list. */
export interface TargetDescription {
  kind: string;
  detail: string;
  color: string;
}

type Labelled = Pick<Span, "layer" | "entityTypeId" | "entityId" | "claimId" | "stance">;

export function describeSpan(span: Labelled, lookups: WorkspaceModel["lookups"]): TargetDescription {
  if (span.layer === "entity") {
    const type = lookups.entityTypes.get(span.entityTypeId ?? -1);
    const entity = span.entityId === null ? null : lookups.entities.get(span.entityId);
    return {
      kind: type?.name ?? "Entity",
      detail: entity ? `→ ${entity.name}` : "not linked",
      color: type?.color ?? "#64748b",
    };
  }
  const stance = span.stance === null ? null : lookups.stances.get(span.stance);
  const claim = span.claimId === null ? null : lookups.claims.get(span.claimId);
  return {
    kind: `Claim${stance ? ` · ${stance.name}` : ""}`,
    detail: claim ? claim.statement : "no catalog claim yet",
    color: stance?.color ?? "#64748b",
  };
}

export function describeSuggestion(suggestion: Suggestion, lookups: WorkspaceModel["lookups"]): TargetDescription {
  if (suggestion.source === "preannotation") {
    const described = describeSpan(suggestion, lookups);
    const { prediction } = suggestion;
    if (!prediction) return { ...described, kind: `Imported ${described.kind}` };
    return { ...described, kind: `Predicted ${described.kind}`, detail: `${described.detail} · ${describePrediction(prediction)}` };
  }
  if (suggestion.source === "recommender") {
    const described = describeSpan({ ...suggestion, stance: null }, lookups);
    return { ...described, kind: `Suggested ${described.kind}`, detail: `${described.detail} · ${suggestion.why}` };
  }
  const entity = lookups.entities.get(suggestion.entityId);
  const type = lookups.entityTypes.get(suggestion.entityTypeId ?? -1);
  return {
    kind: "Suggestion",
    detail: `${entity?.name ?? suggestion.alias}${type ? ` (${type.name})` : ""}`,
    color: "#64748b",
  };
}

/** A model server's prediction in the workspace's words: "model e2e-ner-7, score 0.90". */
export function describePrediction(prediction: { modelVersion: string; score: number | null }): string {
  return `model ${prediction.modelVersion}${prediction.score === null ? "" : `, score ${prediction.score.toFixed(2)}`}`;
}
