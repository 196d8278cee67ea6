// The export worker thread's module (see lib/server/jobs/thread-streams.ts).
import { serveThreadStreams } from "@/lib/server/jobs/serve-thread-jobs";
import { writeProjectExport } from "./write-project-export";

serveThreadStreams(writeProjectExport);
