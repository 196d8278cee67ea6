"use client";

import { useMutation } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { apiFetch } from "@/lib/client/api-fetch";
import { useQueue } from "@/lib/client/workspace/use-workspace-queries";
import { StatusBadge } from "./status-badge";

/** "My documents": how far the annotator is, what is left, and a button to the next document. */
export function QueueView({ projectId, justSubmitted }: { projectId: number; justSubmitted: boolean }) {
  const router = useRouter();
  const queue = useQueue(projectId);
  const next = useMutation({
    mutationFn: () => apiFetch<{ documentId: number | null }>(`/api/projects/${projectId}/queue/next`, { method: "POST" }),
    onSuccess: ({ documentId }) => {
      if (documentId !== null) router.push(`/documents/${documentId}/annotate`);
    },
  });
  const progress = queue.data?.progress;
  const nothingLeft = next.data?.documentId === null || (progress !== undefined && progress.total > 0 && progress.submitted >= progress.total);

  return (
    <div className="mx-auto max-w-5xl space-y-6 px-4 py-8">
      <div className="flex flex-wrap items-end gap-4">
        <div className="flex-1 space-y-2">
          <h2 className="text-lg font-semibold">My documents</h2>
          {progress && (
            <div className="max-w-md space-y-1.5">
              <p className="text-sm text-slate-700">
                <span className="font-semibold tabular-nums">{progress.submitted}</span> of{" "}
                <span className="tabular-nums">{progress.total}</span> submitted
              </p>
              <div role="progressbar" aria-label="Submitted documents" aria-valuemin={0} aria-valuemax={progress.total} aria-valuenow={progress.submitted}
                className="h-2 overflow-hidden rounded-full bg-slate-200">
                <div className="h-full rounded-full bg-emerald-500 transition-all" style={{ width: `${progress.total ? (100 * progress.submitted) / progress.total : 0}%` }} />
              </div>
            </div>
          )}
        </div>
        <button type="button" onClick={() => next.mutate()} disabled={next.isPending || nothingLeft}
          className="rounded-md bg-indigo-600 px-4 py-2 font-medium text-white shadow-sm hover:bg-indigo-700 disabled:opacity-50">
          {next.isPending ? "Finding…" : "Next document"}
        </button>
      </div>
      {justSubmitted && (
        <p role="status" className="rounded-md border border-emerald-200 bg-emerald-50 px-4 py-2.5 text-sm text-emerald-900">
          Submitted. {nothingLeft ? "That was your last document — thank you!" : "Your next document is one click away."}
        </p>
      )}
      {nothingLeft && (
        <div className="rounded-lg border border-dashed border-slate-300 bg-white p-8 text-center">
          <p className="font-medium text-slate-800">Nothing left to annotate.</p>
          <p className="mt-1 text-sm text-slate-600">New documents appear here when a manager assigns them to you.</p>
        </div>
      )}
      {next.error && <p role="alert" className="text-sm text-red-700">{next.error.message}</p>}
      {queue.isPending ? (
        <p className="text-slate-600">Loading your documents…</p>
      ) : queue.error ? (
        <p role="alert" className="text-red-700">{queue.error.message}</p>
      ) : (
        queue.data.documents.length > 0 && (
          <ul aria-label="Documents" className="divide-y divide-slate-100 overflow-hidden rounded-lg border border-slate-200 bg-white">
            {queue.data.documents.map((document) => (
              <li key={document.id} className="flex items-center gap-4 px-4 py-3 hover:bg-slate-50">
                <Link href={`/documents/${document.id}/annotate`} dir="auto" className="min-w-0 flex-1 truncate font-medium text-indigo-700 hover:underline">
                  {document.title}
                </Link>
                <span className="text-sm text-slate-500">{document.language}</span>
                <span className="w-24 text-right text-sm tabular-nums text-slate-500">{document.chars.toLocaleString()} chars</span>
                <StatusBadge status={document.status} />
              </li>
            ))}
          </ul>
        )
      )}
    </div>
  );
}
