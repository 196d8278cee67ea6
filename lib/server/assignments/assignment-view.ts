import "server-only";
import type { AssignmentStatus } from "@/db/schema";
import type { AssignmentRow } from "./work-assignment";

export interface AssignmentView {
  documentId: number;
  userId: number;
  status: AssignmentStatus;
  /** Null when the annotator took the document from the queue or started it themselves. */
  assignedBy: number | null;
  createdAt: string;
  updatedAt: string;
  submittedAt: string | null;
}

export function toAssignmentView(row: AssignmentRow): AssignmentView {
  return {
    documentId: row.documentId,
    userId: row.userId,
    status: row.status,
    assignedBy: row.assignedBy,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    submittedAt: row.submittedAt?.toISOString() ?? null,
  };
}
