import { z } from "zod";
import { optionalSpanFields } from "../documents/[documentId]/annotations/annotations.types";

/** The version of the span the client last saw; a stale one gets a 409 with the current span. */
const version = z.number().int().positive();

export const updateSpanBody = z
  .strictObject({
    version,
    ...optionalSpanFields,
  })
  .refine((body) => Object.keys(body).length > 1, "Send at least one field to change besides version");

export const deleteSpanQuery = z.object({ version: z.coerce.number().int().positive() });

export const restoreSpanBody = z.strictObject({ version });
