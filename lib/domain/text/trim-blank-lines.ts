/**
 * Drops whitespace-only lines at the start and trailing whitespace at the end, but keeps
 * the indentation of the first real line: the rest of a plain text stays verbatim.
 */
export function trimBlankLines(text: string): string {
  return text.replace(/^(?:[^\S\n]*\n)+/, "").trimEnd();
}
