import "server-only";
import type { Caller } from "@/lib/server/auth/caller";
import { requireProjectRole } from "@/lib/server/auth/require-project-role";
import { ThreadJobs } from "@/lib/server/jobs/thread-jobs";
import type { AgreementReport } from "./agreement-report";
import type { readAgreementReport } from "./read-agreement-report";

type AgreementInput = Parameters<typeof readAgreementReport>[0];

// A pass over a large project takes a second or more: it runs beside the request thread, which
// gets the report as JSON text.
const agreementJobs = new ThreadJobs<AgreementInput, string>("lib/server/agreement/agreement-thread.ts");

// Reviewers who open the dashboard while a pass over their project is under way share that pass:
// its snapshot was taken moments before they asked, and a second pass would only slow both.
const passesUnderWay = new Map<string, Promise<AgreementPass>>();

/** One pass's report: its JSON text, and the report read from it once, when a page asks. */
class AgreementPass {
  private parsed: AgreementReport | null = null;

  constructor(readonly json: string) {}

  get report(): AgreementReport {
    // The text is JSON.stringify of an AgreementReport, made by the worker thread.
    const report: unknown = (this.parsed ??= JSON.parse(this.json));
    return report as AgreementReport;
  }
}

function sharedPass(input: AgreementInput): Promise<AgreementPass> {
  const key = `${input.projectId}:${input.requiredSubmissions}`;
  const underWay = passesUnderWay.get(key);
  if (underWay) return underWay;
  const pass = agreementJobs
    .run(input)
    .then((json) => new AgreementPass(json))
    .finally(() => passesUnderWay.delete(key));
  passesUnderWay.set(key, pass);
  return pass;
}

/**
 * Inter-annotator agreement over the documents at least two annotators submitted, as the JSON
 * text of its AgreementReport, ready to send. Only reviewers and managers see it: it reveals every
 * annotator's work, which blind annotators must not see.
 */
export async function computeProjectAgreementJson(options: { caller: Caller; projectId: number }): Promise<string> {
  return (await accessiblePass(options)).json;
}

/** The same report, for pages and the CSV. */
export async function computeProjectAgreement(options: { caller: Caller; projectId: number }): Promise<AgreementReport> {
  return (await accessiblePass(options)).report;
}

async function accessiblePass(options: { caller: Caller; projectId: number }): Promise<AgreementPass> {
  const { caller, projectId } = options;
  const access = await requireProjectRole(caller, projectId, "reviewer", "manager");
  return sharedPass({ projectId, requiredSubmissions: access.settings.annotatorsPerDocument });
}
