import { z } from "zod";

export const setDocumentLabelBody = z.strictObject({
  claimId: z.number().int().positive().max(Number.MAX_SAFE_INTEGER),
  /** A stance key of the project; null removes the label. */
  stance: z.string().min(1).max(100).nullable(),
  /** Required to change or remove an existing label: the version the client last saw. */
  version: z.number().int().positive().optional(),
});
