import { z } from "zod";
import {
  aliasTextSchema,
  entityNameSchema,
  externalIdSchema,
  languageTagSchema,
} from "@/lib/domain/project/entity-input";

export const listEntitiesQuery = z.object({
  q: z.string().trim().max(200).optional(),
});

const aliases = z
  .array(z.strictObject({ alias: aliasTextSchema, language: languageTagSchema }))
  .max(500, "An entity may have at most 500 aliases");

const entityTypeId = z.number().int().positive().nullable();
const description = z.string().trim().max(5000, "Descriptions may have at most 5000 characters");

export const createEntityBody = z.strictObject({
  name: entityNameSchema,
  entityTypeId: entityTypeId.optional(),
  description: description.optional(),
  externalId: externalIdSchema,
  aliases: aliases.default([]),
});

/** Absent fields stay as they are; `null` clears the type or the external id. */
export const updateEntityBody = z.strictObject({
  name: entityNameSchema.optional(),
  entityTypeId: entityTypeId.optional(),
  description: description.optional(),
  externalId: externalIdSchema.optional(),
  aliases: aliases.optional(),
});
