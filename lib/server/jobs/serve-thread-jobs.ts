import { parentPort, workerData } from "node:worker_threads";
import { openEngine, useEngine } from "@/db/client";
import { toThreadJobError } from "./thread-job-error";
import type { ThreadJobReply, ThreadJobRequest, ThreadJobSetup } from "./thread-jobs";

/**
 * Runs in a worker thread: opens the database the process uses, read-only, and answers each job
 * the main thread posts with `run`'s result or its failure. Jobs run concurrently, as requests do.
 */
export function serveThreadJobs<Input, Output>(run: (input: Input) => Promise<Output>): void {
  const port = parentPort;
  if (!port) throw new Error("serveThreadJobs runs in a worker thread");
  const setup = workerData as ThreadJobSetup;
  useEngine(openEngine(setup.databaseUrl, { poolSize: setup.poolSize, readOnly: true }));
  port.on("message", (request: ThreadJobRequest<Input>) => {
    run(request.input).then(
      (output) => port.postMessage({ id: request.id, output } satisfies ThreadJobReply<Output>),
      (error: unknown) => port.postMessage({ id: request.id, error: toThreadJobError(error) } satisfies ThreadJobReply<Output>),
    );
  });
}
