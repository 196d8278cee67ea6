import "server-only";
import type { Caller } from "@/lib/server/auth/caller";
import { type DocumentAccess, requireDocumentAccess } from "@/lib/server/auth/require-document-access";

/** Reviewers and managers adjudicate; annotators get a 403, outsiders a 404. */
export async function requireReviewAccess(caller: Caller, documentId: number): Promise<DocumentAccess> {
  return requireDocumentAccess(caller, documentId, "reviewer", "manager");
}
