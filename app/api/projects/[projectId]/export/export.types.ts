import { z } from "zod";
import { exportFormats, exportSetChoices, exportStatusFilters } from "@/lib/server/export/export-formats";

const isoPrefix = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, "Use an ISO date or prefix: 2022, 2022-10 or 2022-10-05");

// Empty values (an untouched form field) mean "no filter".
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === "" ? undefined : value), schema.optional());

export const exportQuery = z.strictObject({
  format: z.enum(exportFormats, `format must be one of ${exportFormats.join(", ")}`),
  set: z.enum(exportSetChoices, `set must be one of ${exportSetChoices.join(", ")}`).default("gold"),
  status: optional(z.enum(exportStatusFilters)),
  language: optional(z.string().trim().min(1).max(35)),
  from: optional(isoPrefix),
  to: optional(isoPrefix),
  seed: optional(z.string().trim().min(1).max(100)),
});
