import "server-only";
import type { Caller } from "@/lib/server/auth/caller";
import { requireProjectRole } from "@/lib/server/auth/require-project-role";
import { ThreadJobs } from "@/lib/server/jobs/thread-jobs";
import type { AgreementReport } from "./agreement-report";
import { readAgreementInputsKey } from "./read-agreement-inputs-key";
import type { readAgreementReport } from "./read-agreement-report";

type AgreementInput = Parameters<typeof readAgreementReport>[0];

// A pass over a large project takes a second or more: it runs beside the request thread, which
// gets the report as JSON text.
const agreementJobs = new ThreadJobs<AgreementInput, string>("lib/server/agreement/agreement-thread.ts");

// Reviewers who open the dashboard while a pass over the same inputs is under way share that pass:
// a second one would only slow both.
const passesUnderWay = new Map<string, Promise<AgreementPass>>();

// The last pass of each project, kept while the database says its inputs are unchanged (see
// readAgreementInputsKey): a dashboard read again and again while annotators draft is answered
// without a pass. Kept five minutes at most, which bounds how long a renamed annotator keeps the
// old name in it, for the 32 projects read last.
const keptPasses = new Map<string, { inputs: string; startedAt: number; pass: AgreementPass }>();
const keptMs = 5 * 60 * 1000;
const keptProjects = 32;

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

async function currentPass(input: AgreementInput): Promise<AgreementPass> {
  const project = `${input.projectId}:${input.requiredSubmissions}`;
  // Read before the pass takes its snapshot: a change in between makes the next key differ.
  const inputs = await readAgreementInputsKey(input.projectId);
  const kept = keptPasses.get(project);
  if (kept && kept.inputs === inputs && Date.now() - kept.startedAt < keptMs) return kept.pass;
  const startedAt = Date.now();
  const key = `${project}:${inputs}`;
  let pass = passesUnderWay.get(key);
  if (!pass) {
    pass = agreementJobs
      .run(input)
      .then((json) => new AgreementPass(json))
      .finally(() => passesUnderWay.delete(key));
    passesUnderWay.set(key, pass);
  }
  const done = await pass;
  keptPasses.delete(project);
  keptPasses.set(project, { inputs, startedAt, pass: done });
  for (const oldest of keptPasses.keys()) {
    if (keptPasses.size <= keptProjects) break;
    keptPasses.delete(oldest);
  }
  return done;
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
  return currentPass({ projectId, requiredSubmissions: access.settings.annotatorsPerDocument });
}
