// The agreement worker thread's module (see lib/server/jobs/thread-jobs.ts). It answers with the
// report as JSON text: serialising a large project's report (a row per document) takes the
// request thread tens of milliseconds, here it takes none of its time.
import { serveThreadJobs } from "@/lib/server/jobs/serve-thread-jobs";
import { readAgreementReport } from "./read-agreement-report";

serveThreadJobs(async (input: Parameters<typeof readAgreementReport>[0]) => JSON.stringify(await readAgreementReport(input)));
