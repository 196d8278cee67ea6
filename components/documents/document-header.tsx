import Link from "next/link";
import type { DocumentView } from "@/lib/server/documents/document-view";

/** Only web links become links; anything else (say `javascript:`) is not followed. */
function webLink(url: string): { href: string; label: string } | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? { href: parsed.href, label: parsed.hostname } : null;
  } catch {
    return null;
  }
}

export function DocumentHeader({ projectId, document }: { projectId: number; document: DocumentView }) {
  const source = document.sourceUrl ? webLink(document.sourceUrl) : null;
  return (
    <header className="max-w-[70ch] space-y-3">
      <nav aria-label="Document" className="flex items-center gap-4 text-sm">
        <Link href={`/projects/${projectId}/documents`} className="text-indigo-700 hover:underline">
          ← Documents
        </Link>
        <Link href={`/documents/${document.id}/annotate`} className="rounded-md bg-indigo-600 px-3 py-1 font-medium text-white hover:bg-indigo-700">
          Annotate
        </Link>
        <Link href={`/documents/${document.id}/review`} className="text-indigo-700 hover:underline">
          Review
        </Link>
      </nav>
      <h1 dir="auto" className="font-serif text-3xl font-semibold leading-tight tracking-tight text-slate-900">
        {document.title}
      </h1>
      <dl className="flex flex-wrap gap-x-6 gap-y-1 text-sm text-slate-600">
        <div className="flex gap-1">
          <dt>Published</dt>
          <dd className="font-medium text-slate-800">
            {document.publishedAt ? <time dateTime={document.publishedAt}>{document.publishedAt}</time> : "unknown"}
          </dd>
        </div>
        <div className="flex gap-1">
          <dt>Language</dt>
          <dd className="font-medium text-slate-800">{document.language}</dd>
        </div>
        <div className="flex gap-1">
          <dt>Characters</dt>
          <dd className="font-medium text-slate-800">{document.chars.toLocaleString("en")}</dd>
        </div>
        {document.sourceUrl && (
          <div className="flex gap-1">
            <dt>Source</dt>
            <dd className="break-all font-medium text-slate-800">
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
