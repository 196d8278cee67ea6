import "server-only";
import { ThreadJobs } from "@/lib/server/jobs/thread-jobs";
import type { RecommenderJob, RecommenderJobOutput } from "./recommender-jobs";

// Reading a large project's work takes a while: it runs beside the thread that answers requests,
// in one thread for every kind of recommender job.
const recommenderJobs = new ThreadJobs<RecommenderJob, RecommenderJobOutput>("lib/server/recommenders/recommender-thread.ts");

type Job<K extends RecommenderJob["kind"]> = Omit<Extract<RecommenderJob, { kind: K }>, "kind">;
type Output<K extends RecommenderJob["kind"]> = Extract<RecommenderJobOutput, { kind: K }>;

export async function runRebuildJob(job: Job<"rebuild">): Promise<Output<"rebuild">> {
  const output = await recommenderJobs.run({ kind: "rebuild", ...job });
  if (output.kind !== "rebuild") throw new Error("A rebuild job answered with another kind of output");
  return output;
}

export async function runQualityJob(job: Job<"quality">): Promise<Output<"quality">> {
  const output = await recommenderJobs.run({ kind: "quality", ...job });
  if (output.kind !== "quality") throw new Error("A quality job answered with another kind of output");
  return output;
}
