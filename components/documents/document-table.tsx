import Link from "next/link";
import type { DocumentListItem } from "@/lib/server/documents/document-view";

const importedDate = new Intl.DateTimeFormat(undefined, { dateStyle: "medium" });

export function DocumentTable({ projectId, documents }: { projectId: number; documents: DocumentListItem[] }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full text-left text-sm">
        <thead className="border-b border-slate-200 bg-slate-50 text-xs uppercase tracking-wide text-slate-500">
          <tr>
            <th scope="col" className="px-4 py-2 font-medium">Title</th>
            <th scope="col" className="px-4 py-2 font-medium">Language</th>
            <th scope="col" className="px-4 py-2 font-medium">Published</th>
            <th scope="col" className="px-4 py-2 text-right font-medium">Characters</th>
            <th scope="col" className="px-4 py-2 font-medium">Imported</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {documents.map((document) => (
            <tr key={document.id} className="hover:bg-slate-50">
              <td className="max-w-xl px-4 py-2">
                <Link
                  href={`/projects/${projectId}/documents/${document.id}`}
                  dir="auto"
                  className="font-medium text-indigo-700 hover:underline"
                >
                  {document.title}
                </Link>
              </td>
              <td className="px-4 py-2 text-slate-700">{document.language}</td>
              <td className="px-4 py-2 whitespace-nowrap text-slate-700">{document.publishedAt ?? "—"}</td>
              <td className="px-4 py-2 text-right tabular-nums text-slate-700">{document.chars.toLocaleString()}</td>
              <td className="px-4 py-2 whitespace-nowrap text-slate-700">
                <time dateTime={document.createdAt}>{importedDate.format(new Date(document.createdAt))}</time>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
