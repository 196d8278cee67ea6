import Link from "next/link";
import type { DocumentDisagreement } from "@/lib/server/agreement/agreement-report";

/** The documents most worth a reviewer's time: highest disagreement first. */
export function DisagreementTable({ documents, limit }: { documents: DocumentDisagreement[]; limit: number }) {
  if (documents.length === 0) return <p className="text-sm text-slate-600">No document has two submissions yet.</p>;
  const shown = documents.slice(0, limit);
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Documents ranked by disagreement, highest first</caption>
        <thead className="border-b border-slate-200 bg-slate-50 text-xs uppercase tracking-wide text-slate-500">
          <tr>
            <th scope="col" className="px-4 py-2 font-medium">Document</th>
            <th scope="col" className="px-4 py-2 font-medium">Score</th>
            <th scope="col" className="px-4 py-2 font-medium">1 − span F1</th>
            <th scope="col" className="px-4 py-2 font-medium">Stance disagreements</th>
            <th scope="col" className="px-4 py-2 font-medium">Annotators</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {shown.map((document) => (
            <tr key={document.documentId}>
              <td className="max-w-md px-4 py-2">
                <Link href={`/documents/${document.documentId}/review`} className="font-medium text-indigo-700 hover:underline">
                  {document.title || `Document ${document.documentId}`}
                </Link>
              </td>
              <td className="px-4 py-2 tabular-nums">{document.score.toFixed(2)}</td>
              <td className="px-4 py-2 tabular-nums">{document.spanDisagreement.toFixed(2)}</td>
              <td className="px-4 py-2 tabular-nums">
                {document.stanceDisagreements} of {document.stanceUnits}
              </td>
              <td className="px-4 py-2 tabular-nums">{document.annotators}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {documents.length > shown.length && (
        <p className="border-t border-slate-100 px-4 py-2 text-xs text-slate-500">
          The {shown.length} of {documents.length} documents with the most disagreement; the JSON download lists all.
        </p>
      )}
    </div>
  );
}
