import "server-only";
import type { Caller } from "@/lib/server/auth/caller";
import { requireProjectRole } from "@/lib/server/auth/require-project-role";
import type { AgreementReport } from "./agreement-report";
import { buildAgreementReport } from "./build-agreement-report";
import { loadAgreementData } from "./load-agreement-data";
import { readAgreementSnapshot } from "./span-row-source";

/**
 * Inter-annotator agreement over the documents at least two annotators submitted. Only reviewers
 * and managers see it: it reveals every annotator's work, which blind annotators must not see.
 */
export async function computeProjectAgreement(options: { caller: Caller; projectId: number }): Promise<AgreementReport> {
  const { caller, projectId } = options;
  const access = await requireProjectRole(caller, projectId, "reviewer", "manager");
  // One read, so that the queries, the spans read during the pass included, see the same submissions.
  return readAgreementSnapshot(async (db, readSpanRows) =>
    buildAgreementReport(await loadAgreementData(db, readSpanRows, projectId, access.settings.annotatorsPerDocument)),
  );
}
