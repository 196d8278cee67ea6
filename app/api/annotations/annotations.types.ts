import { z } from "zod";
import { spanLabelFields, spanPositionFields } from "../documents/[documentId]/annotations/annotations.types";

/** The version of the span the client last saw; a stale one gets a 409 with the current span. */
const version = z.number().int().positive();

export const updateSpanBody = z
  .strictObject({
    version,
    start: spanPositionFields.start.optional(),
    end: spanPositionFields.end.optional(),
    quote: spanPositionFields.quote.optional(),
    layer: spanLabelFields.layer.optional(),
    entityTypeId: spanLabelFields.entityTypeId.optional(),
    entityId: spanLabelFields.entityId.optional(),
    claimId: spanLabelFields.claimId.optional(),
    stance: spanLabelFields.stance.optional(),
    claimantEntityId: spanLabelFields.claimantEntityId.optional(),
    claimantMentionId: spanLabelFields.claimantMentionId.optional(),
    note: spanLabelFields.note.optional(),
  })
  .refine((body) => Object.keys(body).length > 1, "Send at least one field to change besides version");

export const deleteSpanQuery = z.object({ version: z.coerce.number().int().positive() });

export const restoreSpanBody = z.strictObject({ version });
