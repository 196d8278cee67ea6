import "server-only";
import { type SQL, sql } from "drizzle-orm";
import { assignments, documents } from "@/db/schema";
import type { ProjectAccess } from "@/lib/server/auth/require-project-role";

/**
 * In a project with `restrictToAssigned`, a caller who is only an annotator sees just the
 * documents assigned to them; managers and reviewers (and admins, who hold every role) see all.
 */
export function seesOnlyAssignedDocuments(access: ProjectAccess): boolean {
  return access.settings.restrictToAssigned && !access.has("manager") && !access.has("reviewer");
}

/** A condition on `documents`: assigned to the user. */
export function isAssignedTo(userId: number): SQL {
  return sql`${documents.id} IN (SELECT ${assignments.documentId} FROM ${assignments} WHERE ${assignments.userId} = ${userId})`;
}
