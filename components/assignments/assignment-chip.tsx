"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import type { DocumentAssignments } from "@/lib/server/assignments/list-assignments";
import { apiFetch } from "@/lib/client/api-fetch";

type Assignment = DocumentAssignments["assignments"][number];

const statusStyles: Record<Assignment["status"], string> = {
  assigned: "bg-slate-100 text-slate-700",
  in_progress: "bg-amber-100 text-amber-800",
  submitted: "bg-emerald-100 text-emerald-800",
  skipped: "bg-slate-100 text-slate-500 line-through",
};

export function AssignmentChip({
  projectId,
  assignment,
  documentTitle,
}: {
  projectId: number;
  assignment: Assignment;
  documentTitle: string;
}) {
  const router = useRouter();
  const remove = useMutation({
    mutationFn: () =>
      apiFetch(`/api/projects/${projectId}/assignments?documentId=${assignment.documentId}&userId=${assignment.userId}`, {
        method: "DELETE",
      }),
    onSuccess: () => router.refresh(),
  });
  return (
    <span className={`inline-flex items-center gap-1 rounded-full px-2 py-0.5 text-xs ${statusStyles[assignment.status]}`}>
      <span title={assignment.userEmail}>{assignment.userName}</span>
      <span className="text-[10px] uppercase tracking-wide opacity-75">{assignment.status.replace("_", " ")}</span>
      {assignment.status !== "submitted" && (
        <button
          type="button"
          onClick={() => remove.mutate()}
          disabled={remove.isPending}
          aria-label={`Unassign ${assignment.userName} from ${documentTitle}`}
          className="rounded-full px-1 hover:bg-black/10"
        >
          ×
        </button>
      )}
      {remove.error && <span role="alert">{remove.error.message}</span>}
    </span>
  );
}
