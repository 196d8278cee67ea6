import { z } from "zod";
import { optionalSpanFields } from "../annotations/annotations.types";

const id = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);

/**
 * POST /api/documents/{documentId}/gold. `fromAnnotationId` alone accepts that annotator span's
 * version; with other fields it is accepted with those edits; without it, the fields make a new
 * span (layer, start, end and quote required). Author, set, origin and provenance are the server's.
 */
export const createGoldSpanBody = z.strictObject({
  fromAnnotationId: id.optional(),
  ...optionalSpanFields,
});

/** POST (reject) and DELETE (withdraw the rejection) /api/documents/{documentId}/gold/rejections. */
export const rejectionBody = z.strictObject({ candidateKey: z.string().min(1).max(100) });
export const rejectionQuery = z.strictObject({ candidateKey: z.string().min(1).max(100) });
