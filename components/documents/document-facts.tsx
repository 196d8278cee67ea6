import { webLink } from "@/lib/domain/document/web-link";

/** A document's date, language, size and source, as a compact definition list. */
export function DocumentFacts({
  publishedAt,
  language,
  chars,
  sourceUrl,
}: {
  publishedAt: string | null;
  language: string;
  chars?: number;
  sourceUrl: string | null;
}) {
  const source = sourceUrl ? webLink(sourceUrl) : null;
  return (
    <dl className="flex flex-wrap gap-x-5 gap-y-1 text-sm text-slate-500">
      <div className="flex gap-1.5">
        <dt>Published</dt>
        <dd className="font-medium text-slate-700">
          {publishedAt ? <time dateTime={publishedAt}>{publishedAt}</time> : "unknown"}
        </dd>
      </div>
      <div className="flex gap-1.5">
        <dt>Language</dt>
        <dd className="font-medium text-slate-700">{language}</dd>
      </div>
      {chars !== undefined && (
        <div className="flex gap-1.5">
          <dt>Characters</dt>
          <dd className="font-medium text-slate-700">{chars.toLocaleString("en")}</dd>
        </div>
      )}
      {sourceUrl && (
        <div className="flex min-w-0 gap-1.5">
          <dt>Source</dt>
          <dd className="truncate font-medium text-slate-700">
            {source ? (
              <a href={source.href} target="_blank" rel="noopener noreferrer" className="text-indigo-700 hover:underline">
                {source.label}
              </a>
            ) : (
              sourceUrl
            )}
          </dd>
        </div>
      )}
    </dl>
  );
}
