"use client";

import Link from "next/link";
import { useState } from "react";
import type { DocumentListFilters } from "@/lib/client/query-keys";
import { useDocumentList } from "@/lib/client/use-document-list";
import { DocumentFilters } from "./document-filters";
import { DocumentTable } from "./document-table";

export function DocumentList({
  projectId,
  languages,
  isManager,
}: {
  projectId: number;
  languages: string[];
  isManager: boolean;
}) {
  const [filters, setFilters] = useState<DocumentListFilters>({});
  const list = useDocumentList(projectId, filters);
  const documents = list.data?.pages.flatMap((page) => page.items) ?? [];
  const isFiltered = Boolean(filters.q || filters.language);

  return (
    <div className="space-y-5">
      <DocumentFilters languages={languages} filters={filters} onChange={setFilters} />
      {list.isPending ? (
        <p className="text-slate-600">Loading documents…</p>
      ) : list.error ? (
        <p role="alert" className="text-red-700">{list.error.message}</p>
      ) : documents.length === 0 ? (
        <EmptyState projectId={projectId} isManager={isManager} isFiltered={isFiltered} />
      ) : (
        <>
          <DocumentTable projectId={projectId} documents={documents} />
          <div className="flex items-center gap-4">
            {list.hasNextPage && (
              <button
                type="button"
                onClick={() => list.fetchNextPage()}
                disabled={list.isFetchingNextPage}
                className="rounded-md border border-slate-300 bg-white px-4 py-2 font-medium hover:bg-slate-50 disabled:opacity-60"
              >
                {list.isFetchingNextPage ? "Loading…" : "Load more"}
              </button>
            )}
            <p className="text-sm text-slate-500">
              Showing {documents.length.toLocaleString()} {documents.length === 1 ? "document" : "documents"}
            </p>
          </div>
        </>
      )}
    </div>
  );
}

function EmptyState({ projectId, isManager, isFiltered }: { projectId: number; isManager: boolean; isFiltered: boolean }) {
  if (isFiltered) return <p className="text-slate-600">No documents match this search.</p>;
  return (
    <div className="rounded-lg border border-dashed border-slate-300 bg-white p-8 text-center">
      <p className="text-slate-700">This project has no documents yet.</p>
      {isManager && (
        <Link
          href={`/projects/${projectId}/import`}
          className="mt-3 inline-block rounded-md bg-indigo-600 px-4 py-2 font-medium text-white hover:bg-indigo-700"
        >
          Import documents
        </Link>
      )}
    </div>
  );
}
