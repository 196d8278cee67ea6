import "server-only";
import { getDb } from "@/db/client";
import type { Caller } from "@/lib/server/auth/caller";
import { requireProjectRole } from "@/lib/server/auth/require-project-role";
import type { AgreementReport } from "./agreement-report";
import { buildAgreementReport } from "./build-agreement-report";
import { loadAgreementData } from "./load-agreement-data";

/**
 * Inter-annotator agreement over the documents at least two annotators submitted. Only reviewers
 * and managers see it: it reveals every annotator's work, which blind annotators must not see.
 */
export function computeProjectAgreement(options: { caller: Caller; projectId: number }): AgreementReport {
  const { caller, projectId } = options;
  const access = requireProjectRole(caller, projectId, "reviewer", "manager");
  // One read transaction, so that the queries, the spans read during the pass included, see the same submissions.
  const db = getDb();
  return db.transaction(() => buildAgreementReport(loadAgreementData(db, projectId, access.settings.annotatorsPerDocument)));
}
