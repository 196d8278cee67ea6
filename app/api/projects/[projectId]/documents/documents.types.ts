import { z } from "zod";
import { defaultDocumentPageSize, maxDocumentPageSize } from "@/lib/server/documents/list-documents";

/** An empty form field means "no filter", not an invalid one. */
const optionalFilter = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .transform((value) => (value ? value : undefined));

export const listDocumentsQuery = z.strictObject({
  cursor: optionalFilter(100),
  limit: z.coerce.number().int().min(1).max(maxDocumentPageSize).default(defaultDocumentPageSize),
  language: optionalFilter(35),
  q: optionalFilter(200),
});

/**
 * The envelope only; each item is validated on its own by the import service, so that an
 * invalid item becomes an error entry instead of rejecting the whole request.
 */
export const importDocumentsJsonBody = z.strictObject({
  documents: z.array(z.unknown()).min(1, "documents must hold at least one document").max(10_000),
});
