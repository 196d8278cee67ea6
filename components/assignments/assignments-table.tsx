"use client";

import type { DocumentAssignments } from "@/lib/server/assignments/list-assignments";
import { AssignDocumentControl } from "./assign-document-control";
import { AssignmentChip } from "./assignment-chip";

export interface Annotator {
  id: number;
  name: string;
}

export function AssignmentsTable({
  projectId,
  documents,
  annotators,
}: {
  projectId: number;
  documents: DocumentAssignments[];
  annotators: Annotator[];
}) {
  if (documents.length === 0) return <p className="text-slate-600">The project has no documents yet.</p>;
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full text-left text-sm">
        <thead className="border-b border-slate-200 bg-slate-50 text-xs uppercase tracking-wide text-slate-500">
          <tr>
            <th scope="col" className="px-4 py-2 font-medium">Document</th>
            <th scope="col" className="px-4 py-2 font-medium">Language</th>
            <th scope="col" className="px-4 py-2 font-medium">Annotators</th>
            <th scope="col" className="px-4 py-2 font-medium">Assign</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {documents.map((document) => {
            const assigned = new Set(document.assignments.map((a) => a.userId));
            return (
              <tr key={document.documentId} className="align-top">
                <td className="max-w-md px-4 py-2 font-medium text-slate-900">{document.title}</td>
                <td className="px-4 py-2 text-slate-600">{document.language}</td>
                <td className="px-4 py-2">
                  <ul className="flex flex-wrap gap-1.5">
                    {document.assignments.map((assignment) => (
                      <li key={assignment.userId}>
                        <AssignmentChip projectId={projectId} assignment={assignment} documentTitle={document.title} />
                      </li>
                    ))}
                  </ul>
                </td>
                <td className="px-4 py-2">
                  <AssignDocumentControl
                    projectId={projectId}
                    documentId={document.documentId}
                    documentTitle={document.title}
                    annotators={annotators.filter((a) => !assigned.has(a.id))}
                  />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
