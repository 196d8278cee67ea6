import Link from "next/link";
import { DocumentFacts } from "./document-facts";
import type { DocumentView } from "@/lib/server/documents/document-view";

export function DocumentHeader({
  projectId,
  document,
  canReview,
}: {
  projectId: number;
  document: DocumentView;
  canReview: boolean;
}) {
  return (
    <header className="max-w-[70ch] space-y-3">
      <nav aria-label="Document" className="flex items-center gap-4 text-sm">
        <Link href={`/projects/${projectId}/documents`} className="text-indigo-700 hover:underline">
          ← Documents
        </Link>
        <Link href={`/documents/${document.id}/annotate`} className="rounded-md bg-indigo-600 px-3 py-1 font-medium text-white hover:bg-indigo-700">
          Annotate
        </Link>
        {canReview && (
          <Link href={`/documents/${document.id}/review`} className="text-indigo-700 hover:underline">
            Review
          </Link>
        )}
      </nav>
      <h1 dir="auto" className="font-serif text-3xl font-semibold leading-tight tracking-tight text-slate-900">
        {document.title}
      </h1>
      <DocumentFacts
        publishedAt={document.publishedAt}
        language={document.language}
        chars={document.chars}
        sourceUrl={document.sourceUrl}
      />
    </header>
  );
}
