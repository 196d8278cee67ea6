import type { DocumentMeta } from "@/lib/client/workspace/api-types";
import { readingFont } from "./reading-font";

/** Only web links become links; anything else (say `javascript:`) stays text. */
function webLink(url: string): { href: string; label: string } | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? { href: parsed.href, label: parsed.hostname } : null;
  } catch {
    return null;
  }
}

export function DocumentHeading({ document }: { document: DocumentMeta }) {
  const source = document.sourceUrl ? webLink(document.sourceUrl) : null;
  return (
    <header className="mb-8 space-y-3 border-b border-slate-100 pb-6">
      <h1 id="document-title" dir="auto" className={`${readingFont} text-[1.75rem] font-semibold leading-tight tracking-tight text-slate-900`}>
        {document.title}
      </h1>
      <dl className="flex flex-wrap gap-x-5 gap-y-1 text-sm text-slate-500">
        <div className="flex gap-1.5">
          <dt>Published</dt>
          <dd className="font-medium text-slate-700">
            {document.publishedAt ? <time dateTime={document.publishedAt}>{document.publishedAt}</time> : "unknown"}
          </dd>
        </div>
        <div className="flex gap-1.5">
          <dt>Language</dt>
          <dd className="font-medium text-slate-700">{document.language}</dd>
        </div>
        {document.sourceUrl && (
          <div className="flex min-w-0 gap-1.5">
            <dt>Source</dt>
            <dd className="truncate font-medium text-slate-700">
              {source ? (
                <a href={source.href} target="_blank" rel="noopener noreferrer" className="text-indigo-700 hover:underline">
                  {source.label}
                </a>
              ) : (
                document.sourceUrl
              )}
            </dd>
          </div>
        )}
      </dl>
    </header>
  );
}
