import { toCodePointOffset } from "@/lib/domain/text/code-points";
import { countCodePoints } from "@/lib/domain/text/count-code-points";

/** A quote's place in a text, in code points, half-open: `quote === text[start:end]`. */
export interface QuotePosition {
  start: number;
  end: number;
  quote: string;
}

/** Finds the `occurrence`-th appearance (from 0) of `quote` in `text`; throws when there is none. */
export function locateQuote(text: string, quote: string, occurrence = 0): QuotePosition {
  let at = -1;
  for (let seen = 0; seen <= occurrence; seen++) {
    at = text.indexOf(quote, at + 1);
    if (at === -1) throw new Error(`"${quote}" does not appear ${occurrence + 1} time(s) in the text`);
  }
  const start = toCodePointOffset(text, at);
  return { start, end: start + countCodePoints(quote), quote };
}
