import "server-only";
import type { Caller } from "@/lib/server/auth/caller";
import { type ProjectAccess, requireProjectRole } from "@/lib/server/auth/require-project-role";
import { forbidden } from "@/lib/server/errors";

export interface InsightsAccess {
  projectId: number;
  callerId: number;
  access: ProjectAccess;
  /** Reviewers, managers and admins: every document, every annotator named. */
  reviews: boolean;
}

/**
 * The Insights views are for reviewers and managers (and admins); annotators may open them when the
 * project's `insightsForAnnotators` is on (else 403). Non-members get 404, as everywhere.
 */
export async function requireInsightsAccess(caller: Caller, projectId: number): Promise<InsightsAccess> {
  const access = await requireProjectRole(caller, projectId);
  const reviews = access.has("reviewer") || access.has("manager");
  if (!reviews && !access.settings.insightsForAnnotators) {
    throw forbidden("Insights are for reviewers and managers; this project does not open them to annotators");
  }
  return { projectId, callerId: caller.id, access, reviews };
}
