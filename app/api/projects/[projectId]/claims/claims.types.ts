import { z } from "zod";
import { claimStatuses } from "@/db/schema";
import { normalizeCatalogText } from "@/lib/domain/project/catalog-text";
import { claimTranslationsSchema } from "@/lib/domain/project/claim-translations";

/** `?status=` with no value means no filter, as an HTML form sends it. */
const emptyAsMissing = (value: unknown) => (value === "" ? undefined : value);

export const listClaimsQuery = z.object({
  q: z.string().trim().max(200).optional(),
  status: z.preprocess(emptyAsMissing, z.enum(claimStatuses).optional()),
});

const statement = z
  .string()
  .transform(normalizeCatalogText)
  .pipe(z.string().min(1, "The statement must not be empty").max(1000, "Statements may have at most 1000 characters"));

const description = z.string().trim().max(5000, "Descriptions may have at most 5000 characters");

export const createClaimBody = z.strictObject({
  statement,
  description: description.optional(),
  translations: claimTranslationsSchema.optional(),
});

export const updateClaimBody = z.strictObject({
  statement: statement.optional(),
  description: description.optional(),
  translations: claimTranslationsSchema.optional(),
  status: z.enum(claimStatuses).optional(),
});
