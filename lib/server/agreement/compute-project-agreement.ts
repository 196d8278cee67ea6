import "server-only";
import type { Caller } from "@/lib/server/auth/caller";
import { requireProjectRole } from "@/lib/server/auth/require-project-role";
import { ThreadJobs } from "@/lib/server/jobs/thread-jobs";
import type { AgreementReport } from "./agreement-report";
import type { readAgreementReport } from "./read-agreement-report";

type AgreementInput = Parameters<typeof readAgreementReport>[0];

// A pass over a large project takes a second or more: it runs beside the request thread.
const agreementJobs = new ThreadJobs<AgreementInput, AgreementReport>("lib/server/agreement/agreement-thread.ts");

/**
 * Inter-annotator agreement over the documents at least two annotators submitted. Only reviewers
 * and managers see it: it reveals every annotator's work, which blind annotators must not see.
 */
export async function computeProjectAgreement(options: { caller: Caller; projectId: number }): Promise<AgreementReport> {
  const { caller, projectId } = options;
  const access = await requireProjectRole(caller, projectId, "reviewer", "manager");
  return agreementJobs.run({ projectId, requiredSubmissions: access.settings.annotatorsPerDocument });
}
