"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { type FormEvent, useState } from "react";
import { apiFetch } from "@/lib/client/api-fetch";
import type { Annotator } from "./assignments-table";

export function AssignDocumentControl({
  projectId,
  documentId,
  documentTitle,
  annotators,
}: {
  projectId: number;
  documentId: number;
  documentTitle: string;
  annotators: Annotator[];
}) {
  const router = useRouter();
  const [userId, setUserId] = useState("");
  const assign = useMutation({
    mutationFn: (chosen: number) =>
      apiFetch(`/api/projects/${projectId}/assignments`, { method: "POST", json: { documentId, userId: chosen } }),
    onSuccess: () => {
      setUserId("");
      router.refresh();
    },
  });

  if (annotators.length === 0) return <span className="text-xs text-slate-400">everyone has it</span>;

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (userId) assign.mutate(Number(userId));
  }

  return (
    <form onSubmit={onSubmit} className="flex items-center gap-2">
      <select
        value={userId}
        onChange={(e) => setUserId(e.target.value)}
        aria-label={`Annotator for ${documentTitle}`}
        className="rounded-md border border-slate-300 px-2 py-1 text-sm"
      >
        <option value="">Choose…</option>
        {annotators.map((annotator) => (
          <option key={annotator.id} value={annotator.id}>
            {annotator.name}
          </option>
        ))}
      </select>
      <button type="submit" disabled={!userId || assign.isPending}
        className="rounded-md border border-slate-300 px-2 py-1 text-sm hover:bg-slate-50 disabled:opacity-50">
        Assign
      </button>
      {assign.error && <span role="alert" className="text-xs text-red-700">{assign.error.message}</span>}
    </form>
  );
}
