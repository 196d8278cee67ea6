import type { OffsetIndex } from "@/lib/domain/text/code-points";
import { FormatError } from "./read-result";

export interface SpanPosition {
  document: string;
  line?: number;
}

/** Checks code-point offsets against the text and returns `text[start:end]`. */
export function quoteAt(text: OffsetIndex, start: number, end: number, where: SpanPosition): string {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || start >= end) {
    throw new FormatError({
      code: "offset_out_of_range",
      message: `span [${start}, ${end}) is empty or outside the text (0 to ${text.length} code points)`,
      ...where,
    });
  }
  return text.slice(start, end);
}

/** Fails unless the file's text for a span equals the document text at its offsets. */
export function requireQuote(expected: string, actual: string, start: number, end: number, where: SpanPosition): void {
  if (expected === actual) return;
  throw new FormatError({
    code: "quote_mismatch",
    message: `span [${start}, ${end}) reads ${JSON.stringify(actual)} in the text, but the file says ${JSON.stringify(expected)}`,
    ...where,
  });
}
