const LEADING_WHITESPACE_AND_COMMENTS = /^(?:\s+|<!--[\s\S]*?-->)*/;
const BLOCK_TAG = /<(?:!doctype\s+html|html|head|body|p|div|h[1-6]|article|section|main|header|ul|ol|table|blockquote)[\s>/]/i;

/**
 * True when a .txt file actually holds HTML (scrapers often save pages as .txt): it starts
 * with a tag, after whitespace and comments, and contains block-level tags. A plain text
 * with a few stray tags inside still starts with its title line, so it stays plain text.
 */
export function looksLikeHtml(text: string): boolean {
  const start = text.replace(LEADING_WHITESPACE_AND_COMMENTS, "");
  return start.startsWith("<") && BLOCK_TAG.test(start);
}
