import { z } from "zod";
import type { MarkedRange } from "@/lib/domain/document/reading-paragraphs";

const range = z
  .string()
  .regex(/^\d{1,15}-\d{1,15}$/)
  .transform((value): MarkedRange => {
    const [start = 0, end = 0] = value.split("-").map(Number);
    return { start, end };
  })
  .refine(({ start, end }) => start < end);

/**
 * The span a link marks in the read-only document (`?mark=<start>-<end>`, code points, as Insights'
 * evidence links carry). Anything else is ignored: a bad link opens the document unmarked.
 */
export function parseMarkParam(value: string | string[] | undefined): MarkedRange | undefined {
  return typeof value === "string" ? range.safeParse(value).data : undefined;
}
