// The recommenders' quality worker thread module (see lib/server/jobs/thread-jobs.ts).
import { serveThreadJobs } from "@/lib/server/jobs/serve-thread-jobs";
import { readRecommenderQuality } from "./read-recommender-quality";

serveThreadJobs(readRecommenderQuality);
