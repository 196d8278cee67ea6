import type { AdjudicationSpan } from "@/lib/domain/adjudication/build-adjudication-candidates";
import type { SpanDifference } from "@/lib/domain/feedback/compare-with-gold";
import type { SpanLabels } from "@/lib/server/review/read-span-labels";

/** The fields of a span that can be put in words. */
export type DescribableSpan = Omit<AdjudicationSpan, "id" | "start" | "end">;

/** One attribute of a span, in words; `boundaries` is its quote. */
export function describeAttribute(
  span: DescribableSpan,
  attribute: SpanDifference,
  labels: SpanLabels,
  spansById: ReadonlyMap<number, DescribableSpan>,
): string {
  const entityName = (id: number | null) => (id === null ? null : (labels.entities.find((e) => e.id === id)?.name ?? `entity ${id}`));
  switch (attribute) {
    case "boundaries":
      return `“${span.quote}”`;
    case "entityType":
      return labels.entityTypes.find((t) => t.id === span.entityTypeId)?.name ?? "No type";
    case "entity":
      return entityName(span.entityId) ?? "not linked";
    case "claim":
      return labels.claims.find((c) => c.id === span.claimId)?.statement ?? "No claim";
    case "stance":
      return labels.stanceLabels.find((s) => s.key === span.stance)?.name ?? span.stance ?? "no stance";
    case "claimant": {
      const mention = span.claimantMentionId === null ? undefined : spansById.get(span.claimantMentionId);
      return entityName(span.claimantEntityId) ?? (mention ? `“${mention.quote}”` : "no claimant");
    }
  }
}

/** The attributes annotators may disagree on, as words: type and entity, or claim, stance and claimant. */
export function describeSpan(span: DescribableSpan, labels: SpanLabels, spansById: ReadonlyMap<number, DescribableSpan>): string[] {
  const words = (attribute: SpanDifference) => describeAttribute(span, attribute, labels, spansById);
  if (span.layer === "entity") return [words("entityType"), words("entity")];
  return [words("claim"), `Stance: ${words("stance")}`, `Claimant: ${words("claimant")}`];
}
