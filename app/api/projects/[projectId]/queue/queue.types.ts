import { z } from "zod";

export const skipDocumentBody = z.strictObject({
  documentId: z.number().int().positive().max(Number.MAX_SAFE_INTEGER),
});
