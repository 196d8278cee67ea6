import Link from "next/link";
import type { FeedbackDocument } from "@/lib/server/review/list-feedback-documents";

/** Below "My documents": the adjudicated documents whose gold set the annotator may compare with. */
export function FeedbackLinks({ documents }: { documents: readonly FeedbackDocument[] }) {
  if (documents.length === 0) return null;
  return (
    <section aria-labelledby="feedback-heading" className="mx-auto max-w-5xl space-y-3 px-4 pb-8">
      <div>
        <h2 id="feedback-heading" className="text-lg font-semibold">
          Feedback
        </h2>
        <p className="text-sm text-slate-600">These documents are adjudicated: compare your work with their gold set.</p>
      </div>
      <ul aria-label="Adjudicated documents" className="divide-y divide-slate-100 overflow-hidden rounded-lg border border-slate-200 bg-white">
        {documents.map((document) => (
          <li key={document.id} className="flex items-center gap-4 px-4 py-3">
            <span dir="auto" className="min-w-0 flex-1 truncate font-medium text-slate-800">
              {document.title}
            </span>
            <span className="rounded-full bg-emerald-100 px-2 py-0.5 text-xs font-medium text-emerald-800">Adjudicated</span>
            <Link
              href={`/documents/${document.id}/feedback`}
              aria-label={`Feedback on ${document.title}`}
              className="rounded-md border border-indigo-200 bg-indigo-50 px-3 py-1 text-sm font-medium text-indigo-800 hover:bg-indigo-100"
            >
              See feedback
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
