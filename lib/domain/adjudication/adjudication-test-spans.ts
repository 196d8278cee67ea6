import type { AdjudicationSpan } from "./build-adjudication-candidates";

// Span factories for the tests of adjudication and feedback: ids count up, quotes are filler.
let nextId = 1;

export function entity(start: number, end: number, fields: Partial<AdjudicationSpan> = {}): AdjudicationSpan {
  return {
    id: nextId++,
    layer: "entity",
    start,
    end,
    quote: "x".repeat(end - start),
    entityTypeId: 1,
    entityId: null,
    claimId: null,
    stance: null,
    claimantEntityId: null,
    claimantMentionId: null,
    ...fields,
  };
}

export const claim = (start: number, end: number, fields: Partial<AdjudicationSpan> = {}) =>
  entity(start, end, { layer: "claim", entityTypeId: null, claimId: 7, stance: "favor", ...fields });
