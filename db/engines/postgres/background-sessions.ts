/** How background jobs' sessions show in pg_stat_activity, apart from the ones answering requests. */
export const backgroundApplicationName = "claimdesk background job";

/** Memory per sort or hash node of a background job's query (hashes may take twice as much). */
const backgroundWorkMem = "32MB";

/**
 * The URL that background jobs (the agreement pass, exports) connect with: `url` plus startup
 * parameters for their sessions, set as each connection opens, without a round trip. JIT off:
 * their queries are large enough for PostgreSQL to compile them to machine code first, which
 * for an export of 10,000 documents is over half a second of one core, spent in one go before
 * the first row and at the server's full priority while saves wait for the core; the compiled
 * export is no faster than the interpreted one. And more memory per sort and hash (work_mem, 4 MB
 * by default): the Insights views group hundreds of thousands of rows (a document and claim each),
 * which at 4 MB spill to disk in batches. Options already in `url` are kept.
 */
export function backgroundSessionUrl(url: string): string {
  const at = url.indexOf("?");
  const params = new URLSearchParams(at === -1 ? "" : url.slice(at + 1));
  params.set("application_name", backgroundApplicationName);
  params.set("options", [params.get("options"), `-c jit=off -c work_mem=${backgroundWorkMem}`].filter(Boolean).join(" "));
  return `${at === -1 ? url : url.slice(0, at)}?${params.toString()}`;
}
