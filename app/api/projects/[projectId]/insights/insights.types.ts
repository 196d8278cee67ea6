import { z } from "zod";
import { insightIntervals } from "@/lib/domain/insights/insight-periods";
import { insightsFilterSchema, insightsQuerySchema, readInsightsQuery } from "@/lib/domain/insights/insights-filter";
import { parseInput } from "@/lib/server/http/api-handler";
import { insightsExportFormats, insightsExportViews } from "@/lib/server/insights/export-insights";

const interval = z.enum(insightIntervals, `interval must be one of ${insightIntervals.join(", ")}`).default("month");

export const stanceQuery = insightsQuerySchema({ interval });
export const filterQuery = insightsFilterSchema;
export const progressQuery = z.strictObject({});
export const exportQuery = insightsQuerySchema({
  view: z.enum(insightsExportViews, `view must be one of ${insightsExportViews.join(", ")}`),
  format: z.enum(insightsExportFormats, `format must be one of ${insightsExportFormats.join(", ")}`).default("csv"),
  interval,
});

/** The query string, repeatable filter parameters as lists, validated (400 with the issues). */
export function parseInsightsQuery<T extends z.ZodType>(request: Request, schema: T): z.infer<T> {
  return parseInput(schema, readInsightsQuery(new URL(request.url).searchParams));
}
