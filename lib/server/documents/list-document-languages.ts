import "server-only";
import { and, asc, eq, type SQL } from "drizzle-orm";
import { getDb } from "@/db/client";
import { documents } from "@/db/schema";
import type { Caller } from "@/lib/server/auth/caller";
import { requireProjectRole } from "@/lib/server/auth/require-project-role";
import { isAssignedTo, seesOnlyAssignedDocuments } from "./document-visibility";

/** The languages of the project's documents the caller may see, for the language filter. */
export async function listDocumentLanguages(options: { caller: Caller; projectId: number }): Promise<string[]> {
  const { caller, projectId } = options;
  const access = await requireProjectRole(caller, projectId);
  const conditions: SQL[] = [eq(documents.projectId, projectId)];
  if (seesOnlyAssignedDocuments(access)) conditions.push(isAssignedTo(caller.id));
  const rows = await getDb()
    .selectDistinct({ language: documents.language })
    .from(documents)
    .where(and(...conditions))
    .orderBy(asc(documents.language));
  return rows.map((row) => row.language);
}
