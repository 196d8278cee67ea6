import { z } from "zod";

/** POST /api/documents/{documentId}/review: start, finish or reopen the document's review. */
export const reviewActionBody = z.discriminatedUnion("action", [
  z.strictObject({ action: z.literal("start"), force: z.boolean().optional() }),
  z.strictObject({ action: z.literal("finish"), notes: z.string().max(10_000, "Notes may have at most 10000 characters").optional() }),
  z.strictObject({ action: z.literal("reopen") }),
]);

export type ReviewActionBody = z.infer<typeof reviewActionBody>;
