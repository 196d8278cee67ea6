import "server-only";
import { JobWorker } from "./job-worker";
import { fromThreadJobError } from "./thread-job-error";

/**
 * Long reads (the agreement pass over a large project) run in a worker thread with its own
 * read-only connection, so that the one JavaScript thread that answers requests keeps saving
 * spans meanwhile. The module (a path from the project root) calls serveThreadJobs.
 */
export class ThreadJobs<Input, Output> {
  private readonly worker: JobWorker;

  constructor(module: string) {
    this.worker = new JobWorker(module);
  }

  run(input: Input): Promise<Output> {
    return new Promise<Output>((resolve, reject) => {
      const { id, channel } = this.worker.open(
        (message) => {
          if ("output" in message) resolve(message.output as Output);
          else if ("error" in message) reject(fromThreadJobError(message.error));
          else return;
          channel.close();
        },
        reject,
      );
      channel.post({ id, input });
    });
  }
}
