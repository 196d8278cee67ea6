// The thread module that scores documents by uncertainty (see lib/server/jobs/thread-jobs.ts).
import { serveThreadJobs } from "@/lib/server/jobs/serve-thread-jobs";
import { readDocumentUncertainties } from "./read-document-uncertainties";

serveThreadJobs(readDocumentUncertainties);
