import { z } from "zod";
import { isIsoPartialDate } from "@/lib/domain/import/normalize-published-at";
import { claimantRefKey, parseClaimantKey } from "./claimant-key";

export const insightsSets = ["gold", "annotator", "both"] as const;
export type InsightsSet = (typeof insightsSets)[number];

/** The parameters a query string may repeat (`?claim=1&claim=2`). */
export const repeatableFilterParams = ["claim", "claimant", "language"] as const;

// An untouched form field sends an empty value, which means "no filter".
const emptyAsMissing = (value: unknown) => (value === "" ? undefined : value);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(emptyAsMissing, schema.optional());
const list = <T extends z.ZodType>(item: T, max: number) =>
  z.preprocess(
    (value) => (value === undefined ? [] : (Array.isArray(value) ? value : [value]).filter((v) => v !== "")),
    z.array(item).max(max, `at most ${max} values`),
  );

const calendarDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "Use a date such as 2022-10-05")
  .refine(isIsoPartialDate, "Not a calendar date");

const claimantKey = z
  .string()
  .max(500)
  .transform((key, context) => {
    const ref = parseClaimantKey(key);
    if (ref) return claimantRefKey(ref);
    context.addIssue({ code: "custom", message: "Use e<entityId> for a catalog entity or m<text> for a mention" });
    return z.NEVER;
  });

/** The shape of the common filter, for routes that add parameters of their own. */
export const insightsFilterShape = {
  set: optional(z.enum(insightsSets, `set must be one of ${insightsSets.join(", ")}`)).transform((set) => set ?? "both"),
  claim: list(z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER), 100),
  claimant: list(claimantKey, 50),
  language: list(z.string().trim().min(1).max(35), 50),
  from: optional(calendarDate),
  to: optional(calendarDate),
  documentStance: optional(z.string().trim().min(1).max(64)),
};

const checkRange = ({ from, to }: { from?: unknown; to?: unknown }, context: z.RefinementCtx) => {
  if (typeof from === "string" && typeof to === "string" && from > to) {
    context.addIssue({ code: "custom", path: ["to"], message: "to must not be before from" });
  }
};

/** A strict query schema: the common filter plus `extra` parameters. */
export function insightsQuerySchema<E extends z.ZodRawShape>(extra: E) {
  return z.strictObject({ ...insightsFilterShape, ...extra }).superRefine(checkRange);
}

export const insightsFilterSchema = insightsQuerySchema({});

/**
 * Which documents and spans a view counts. `claimant` keys are normalized (see claimant-key.ts);
 * `from`/`to` are inclusive and compared with the document's publishedAt.
 */
export type InsightsFilter = z.infer<typeof insightsFilterSchema>;

export const emptyInsightsFilter: InsightsFilter = { set: "both", claim: [], claimant: [], language: [] };

/** The raw parameters of a query string: arrays for the repeatable ones, else the last value. */
export function readInsightsQuery(params: URLSearchParams): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const key of new Set(params.keys())) {
    const values = params.getAll(key);
    input[key] = (repeatableFilterParams as readonly string[]).includes(key) ? values : values.at(-1);
  }
  return input;
}

/** The query string of a filter, as the views' routes read it; defaults are left out. */
export function insightsFilterParams(filter: InsightsFilter): URLSearchParams {
  const params = new URLSearchParams();
  if (filter.set !== "both") params.set("set", filter.set);
  for (const id of filter.claim) params.append("claim", String(id));
  for (const key of filter.claimant) params.append("claimant", key);
  for (const language of filter.language) params.append("language", language);
  if (filter.from) params.set("from", filter.from);
  if (filter.to) params.set("to", filter.to);
  if (filter.documentStance) params.set("documentStance", filter.documentStance);
  return params;
}
