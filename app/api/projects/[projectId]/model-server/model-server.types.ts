import { z } from "zod";
import { MODEL_SERVER_URL_MAX_LENGTH } from "@/lib/domain/model-server/model-server-url";

// Shapes only; the URL's scheme and form are checked by the service, which says what is wrong.
export const setModelServerBody = z.strictObject({
  url: z.string().max(MODEL_SERVER_URL_MAX_LENGTH),
  /** Per call, retries included: 0.5 to 120 seconds. */
  timeoutMs: z.number().int().min(500).max(120_000).optional(),
});

export const predictBody = z.strictObject({
  documentId: z.number().int().positive().optional(),
});
