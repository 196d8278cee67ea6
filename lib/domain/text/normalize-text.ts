const BYTE_ORDER_MARK = "\uFEFF";

/**
 * The canonical form of every document text: offsets are code points into this string,
 * so it must not change after import (NFC, `\n` line endings, no leading BOM).
 */
export function normalizeText(text: string): string {
  const withoutBom = text.startsWith(BYTE_ORDER_MARK) ? text.slice(1) : text;
  return normalizeLineEndings(withoutBom).normalize("NFC");
}

/** `\r\n` and lone `\r` (old Mac files) become `\n`. */
export function normalizeLineEndings(text: string): string {
  return text.replace(/\r\n?/g, "\n");
}
