import { z } from "zod";
import { insightIntervals } from "@/lib/domain/insights/insight-periods";
import { insightsFilterParams, insightsSets } from "@/lib/domain/insights/insights-filter";

/**
 * The Insights tab's state, read from and written to the page's search params so that a view can
 * be shared as a link. The filter part goes to every …/insights/… route.
 */
export const stanceMeasures = ["spans", "documents"] as const;

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

const paramsSchema = z.object({
  set: z.enum(insightsSets).catch("both"),
  claim: z.array(z.string().regex(/^[1-9]\d{0,15}$/)).catch([]),
  claimant: z.array(z.string().regex(/^[em].+$/s)).catch([]),
  language: z.array(z.string().min(1).max(35)).catch([]),
  from: day.optional().catch(undefined),
  to: day.optional().catch(undefined),
  documentStance: z.string().min(1).max(100).optional().catch(undefined),
  interval: z.enum(insightIntervals).catch("month"),
  measure: z.enum(stanceMeasures).catch("spans"),
  /** The network node or edge whose evidence is listed. */
  selected: z.string().min(1).max(1000).optional().catch(undefined),
});

export type InsightsParams = z.infer<typeof paramsSchema>;
export type StanceMeasure = (typeof stanceMeasures)[number];

const repeated = ["claim", "claimant", "language"] as const;
const single = ["from", "to", "documentStance", "selected"] as const;

/** Whatever the address holds, a valid state: unknown or malformed values fall back to defaults. */
export function readInsightsParams(search: URLSearchParams): InsightsParams {
  return paramsSchema.parse({
    set: search.get("set") ?? undefined,
    ...Object.fromEntries(repeated.map((key) => [key, search.getAll(key)])),
    ...Object.fromEntries(single.map((key) => [key, search.get(key) ?? undefined])),
    interval: search.get("interval") ?? undefined,
    measure: search.get("measure") ?? undefined,
  });
}

/** The common filter of the API, for one view's request. */
export function filterQuery(params: InsightsParams): URLSearchParams {
  const { set, claimant, language, from, to, documentStance } = params;
  return insightsFilterParams({ set, claim: params.claim.map(Number), claimant, language, from, to, documentStance });
}

/** The page's own address: the filter plus the view settings, defaults left out to keep links short. */
export function pageQuery(params: InsightsParams): URLSearchParams {
  const query = filterQuery(params);
  if (params.interval !== "month") query.set("interval", params.interval);
  if (params.measure !== "spans") query.set("measure", params.measure);
  if (params.selected) query.set("selected", params.selected);
  return query;
}

/** A filter without the claimant choice, to list every claimant one may pick. */
export function withoutClaimants(params: InsightsParams): InsightsParams {
  return { ...params, claimant: [] };
}
