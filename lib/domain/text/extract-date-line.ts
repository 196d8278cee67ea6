export interface DateLineResult {
  /** `YYYY-MM` or `YYYY-MM-DD`, or null when the text has no leading date line. */
  publishedAt: string | null;
  /** The text without the date marker (unchanged when there is none). */
  text: string;
}

// Scraped articles often start with ` date 2022-10 `, sometimes followed by the title or
// body on the same line; the marker is metadata, not article text.
const LEADING_DATE = /^\s*date[^\S\n]+(\d{4}-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)(?:[^\S\n]*\n|[^\S\n]+|[^\S\n]*$)/i;

/** Splits a leading `date YYYY-MM[-DD]` marker off a plain text. */
export function extractDateLine(text: string): DateLineResult {
  const match = LEADING_DATE.exec(text);
  const date = match?.[1];
  if (!match || date === undefined) return { publishedAt: null, text };
  return { publishedAt: date, text: text.slice(match[0].length) };
}
