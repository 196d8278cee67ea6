/** Only web links become links; anything else (say `javascript:`) stays text. */
export function webLink(url: string): { href: string; label: string } | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? { href: parsed.href, label: parsed.hostname } : null;
  } catch {
    return null;
  }
}
