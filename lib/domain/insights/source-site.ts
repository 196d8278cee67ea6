export const noSource = "(no source)";

/** The site of a source URL: its host name without `www.`; "(no source)" without a usable URL. */
export function sourceSiteOf(sourceUrl: string | null): string {
  if (!sourceUrl) return noSource;
  try {
    const host = new URL(sourceUrl).hostname;
    return host === "" ? noSource : host.replace(/^www\./, "");
  } catch {
    return noSource;
  }
}
