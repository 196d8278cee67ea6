/**
 * NFC, trimmed, inner whitespace runs collapsed: how catalog names, aliases and claim
 * statements are stored, so that look-alike strings compare equal.
 */
export function normalizeCatalogText(value: string): string {
  return value.normalize("NFC").replace(/\s+/gu, " ").trim();
}

/** Case-insensitive containment, as catalog search boxes match (beyond ASCII, unlike SQLite's LIKE). */
export function matchesSearch(text: string, query: string): boolean {
  return foldCase(text).includes(foldCase(query));
}

/** Whether two catalog texts differ only in case, spacing or Unicode normal form. */
export function isSameCatalogText(a: string, b: string): boolean {
  return foldCase(a) === foldCase(b);
}

function foldCase(value: string): string {
  return normalizeCatalogText(value).toLowerCase();
}
