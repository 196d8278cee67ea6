import { z } from "zod";
import { annotationLayers } from "@/db/schema";

const id = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);

/**
 * Offsets are only required to be numbers here: whether they are whole, in order and inside the
 * text is checked against the document, and answered with a 422 that says what is wrong.
 */
export const spanPositionFields = {
  start: z.number(),
  end: z.number(),
  quote: z.string().max(100_000),
};

/** The fields a client may set on a span; ids are checked against the project by the service. */
export const spanLabelFields = {
  layer: z.enum(annotationLayers),
  entityTypeId: id.nullable(),
  entityId: id.nullable(),
  claimId: id.nullable(),
  stance: z.string().min(1).max(100).nullable(),
  claimantEntityId: id.nullable(),
  claimantMentionId: id.nullable(),
  note: z.string().max(5000, "Notes may have at most 5000 characters"),
};

/** Every span field, each optional: the body of an edit. */
export const optionalSpanFields = z.object({ ...spanPositionFields, ...spanLabelFields }).partial().shape;

// Strict: an authorId, set or version sent along is refused, never trusted.
export const createSpanBody = z.strictObject({
  ...spanPositionFields,
  layer: spanLabelFields.layer,
  entityTypeId: spanLabelFields.entityTypeId.optional(),
  entityId: spanLabelFields.entityId.optional(),
  claimId: spanLabelFields.claimId.optional(),
  stance: spanLabelFields.stance.optional(),
  claimantEntityId: spanLabelFields.claimantEntityId.optional(),
  claimantMentionId: spanLabelFields.claimantMentionId.optional(),
  note: spanLabelFields.note.optional(),
  // Adjudicated spans belong to the gold set, which this endpoint never writes.
  origin: z.enum(["manual", "suggestion", "import"]).optional(),
  /** The pre-annotations of the document this span was accepted from. */
  sourceAnnotationIds: z.array(id).min(1).max(100).optional(),
});
