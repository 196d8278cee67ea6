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

/**
 * Multipart fields beside `files`: where the annotations of annotated files (brat, Label Studio,
 * doccano, Claimdesk JSONL) go. `preannotations` (the default) or `annotator` with `annotatorId`.
 */
export const importAnnotationsFields = z
  .strictObject({
    annotations: z.enum(["preannotations", "annotator"]).default("preannotations"),
    annotatorId: z.coerce.number().int().positive().optional(),
  })
  .superRefine((fields, context) => {
    if (fields.annotations === "annotator" && fields.annotatorId === undefined) {
      context.addIssue({ code: "custom", path: ["annotatorId"], message: "choose the annotator whose set the annotations go to" });
    }
  })
  .transform((fields) =>
    fields.annotations === "annotator" && fields.annotatorId !== undefined
      ? { as: "annotator" as const, annotatorId: fields.annotatorId }
      : { as: "preannotations" as const },
  );
