import { buildOffsetIndex } from "@/lib/domain/text/code-points";

export interface SpanPosition {
  /** Code points, half-open [start, end). */
  start: number;
  end: number;
  /** Must equal the text between the offsets. */
  quote: string;
}

export type SpanProblemReason = "offsets_not_integers" | "empty_span" | "offsets_outside_text" | "quote_mismatch";

export interface SpanProblem {
  reason: SpanProblemReason;
  message: string;
  /** The text the offsets actually point at, when the quote differs from it. */
  textAtOffsets?: string;
}

const shorten = (value: string) => (value.length > 80 ? `${value.slice(0, 77)}…` : value);

/** Checks a span against the document text; null when it is sound. */
export function validateSpan(text: string, span: SpanPosition): SpanProblem | null {
  const { start, end, quote } = span;
  if (!Number.isInteger(start) || !Number.isInteger(end)) {
    return {
      reason: "offsets_not_integers",
      message: `Offsets must be whole numbers of code points; got start ${start} and end ${end}`,
    };
  }
  if (end <= start) {
    return { reason: "empty_span", message: `A span must end after it starts; got start ${start} and end ${end}` };
  }
  const index = buildOffsetIndex(text);
  if (start < 0 || end > index.length) {
    return {
      reason: "offsets_outside_text",
      message: `The span [${start}, ${end}) lies outside the text, which has ${index.length} code points`,
    };
  }
  const textAtOffsets = index.slice(start, end);
  if (textAtOffsets !== quote) {
    return {
      reason: "quote_mismatch",
      // The usual cause is a client counting UTF-16 units instead of code points.
      message: `The quote "${shorten(quote)}" differs from the text at [${start}, ${end}), "${shorten(textAtOffsets)}"; offsets count Unicode code points`,
      textAtOffsets,
    };
  }
  return null;
}
