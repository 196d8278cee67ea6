import type { DocumentReview, SpanView } from "./review-types";

type Labels = DocumentReview["labels"];

/** The attributes annotators may disagree on, as words: type and entity, or claim, stance and claimant. */
export function describeSpan(span: SpanView, labels: Labels, spansById: ReadonlyMap<number, SpanView>): string[] {
  const entityName = (id: number | null) => (id === null ? null : (labels.entities.find((e) => e.id === id)?.name ?? `entity ${id}`));
  if (span.layer === "entity") {
    const type = labels.entityTypes.find((t) => t.id === span.entityTypeId)?.name ?? "No type";
    return [type, entityName(span.entityId) ?? "not linked"];
  }
  const claim = labels.claims.find((c) => c.id === span.claimId)?.statement ?? "No claim";
  const stance = labels.stanceLabels.find((s) => s.key === span.stance)?.name ?? span.stance ?? "no stance";
  const mention = span.claimantMentionId === null ? undefined : spansById.get(span.claimantMentionId);
  const claimant = entityName(span.claimantEntityId) ?? (mention ? `“${mention.quote}”` : "no claimant");
  return [claim, `Stance: ${stance}`, `Claimant: ${claimant}`];
}
