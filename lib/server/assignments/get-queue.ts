import "server-only";
import { and, asc, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { type AssignmentStatus, assignments, documents } from "@/db/schema";
import type { Caller } from "@/lib/server/auth/caller";
import { requireProjectRole } from "@/lib/server/auth/require-project-role";

export interface QueueDocument {
  id: number;
  title: string;
  language: string;
  chars: number;
  status: AssignmentStatus;
}

export interface Queue {
  documents: QueueDocument[];
  /** Skipped documents count toward neither number. */
  progress: { submitted: number; total: number };
}

/** "My documents": what the caller was assigned or started in a project, oldest first. */
export async function getQueue(options: { caller: Caller; projectId: number }): Promise<Queue> {
  const { caller, projectId } = options;
  await requireProjectRole(caller, projectId, "annotator");
  const rows = await getDb()
    .select({
      id: documents.id,
      title: documents.title,
      language: documents.language,
      chars: documents.chars,
      status: assignments.status,
    })
    .from(assignments)
    .innerJoin(documents, eq(documents.id, assignments.documentId))
    .where(and(eq(assignments.userId, caller.id), eq(documents.projectId, projectId)))
    .orderBy(asc(assignments.createdAt), asc(assignments.id));
  return {
    documents: rows,
    progress: {
      submitted: rows.filter((row) => row.status === "submitted").length,
      total: rows.filter((row) => row.status !== "skipped").length,
    },
  };
}
