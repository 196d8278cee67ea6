import "server-only";
import type { Caller } from "@/lib/server/auth/caller";
import { requireProjectRole } from "@/lib/server/auth/require-project-role";
import { ThreadJobs } from "@/lib/server/jobs/thread-jobs";
import type { AgreementReport } from "./agreement-report";
import type { readAgreementReport } from "./read-agreement-report";

type AgreementInput = Parameters<typeof readAgreementReport>[0];

// A pass over a large project takes a second or more: it runs beside the request thread.
const agreementJobs = new ThreadJobs<AgreementInput, AgreementReport>("lib/server/agreement/agreement-thread.ts");

// Reviewers who open the dashboard while a pass over their project is under way share that pass:
// its snapshot was taken moments before they asked, and a second pass would only slow both.
const passesUnderWay = new Map<string, Promise<AgreementReport>>();

function sharedPass(input: AgreementInput): Promise<AgreementReport> {
  const key = `${input.projectId}:${input.requiredSubmissions}`;
  const underWay = passesUnderWay.get(key);
  if (underWay) return underWay;
  const pass = agreementJobs.run(input).finally(() => passesUnderWay.delete(key));
  passesUnderWay.set(key, pass);
  return pass;
}

/**
 * Inter-annotator agreement over the documents at least two annotators submitted. Only reviewers
 * and managers see it: it reveals every annotator's work, which blind annotators must not see.
 */
export async function computeProjectAgreement(options: { caller: Caller; projectId: number }): Promise<AgreementReport> {
  const { caller, projectId } = options;
  const access = await requireProjectRole(caller, projectId, "reviewer", "manager");
  return sharedPass({ projectId, requiredSubmissions: access.settings.annotatorsPerDocument });
}
