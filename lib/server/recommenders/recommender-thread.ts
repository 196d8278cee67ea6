// The recommenders' worker thread module (see lib/server/jobs/thread-jobs.ts).
import { serveThreadJobs } from "@/lib/server/jobs/serve-thread-jobs";
import { runRecommenderJob } from "./recommender-jobs";

serveThreadJobs(runRecommenderJob);
