import { countCodePoints } from "./count-code-points";

/** Titles longer than this are cut: some texts have no title line and start with the body. */
export const MAX_DERIVED_TITLE_CODE_POINTS = 200;

/** The first non-empty line, whitespace-collapsed and shortened at a word; null if none. */
export function firstLineTitle(text: string): string | null {
  for (const line of text.split("\n")) {
    const title = line.replace(/\s+/g, " ").trim();
    if (title !== "") return shortenAtWord(title, MAX_DERIVED_TITLE_CODE_POINTS);
  }
  return null;
}

function shortenAtWord(title: string, maxCodePoints: number): string {
  if (countCodePoints(title) <= maxCodePoints) return title;
  const head = Array.from(title).slice(0, maxCodePoints - 1).join("");
  const lastSpace = head.lastIndexOf(" ");
  // Scripts without spaces (Chinese) are cut at the limit itself.
  const cut = lastSpace > head.length / 2 ? head.slice(0, lastSpace) : head;
  return `${cut.trimEnd()}…`;
}
