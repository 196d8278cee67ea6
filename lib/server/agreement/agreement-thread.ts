// The agreement worker thread's module (see lib/server/jobs/thread-jobs.ts).
import { serveThreadJobs } from "@/lib/server/jobs/serve-thread-jobs";
import { readAgreementReport } from "./read-agreement-report";

serveThreadJobs(readAgreementReport);
