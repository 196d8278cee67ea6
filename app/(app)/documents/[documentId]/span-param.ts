import { z } from "zod";

const spanId = z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER);

/**
 * The span a link opens the document at (`?span=…`, as Insights' evidence links carry). Anything
 * that is not one positive id is ignored: a bad link opens the document as usual, never an error.
 */
export function parseSpanParam(value: string | string[] | undefined): number | undefined {
  return typeof value === "string" ? spanId.safeParse(value).data : undefined;
}
