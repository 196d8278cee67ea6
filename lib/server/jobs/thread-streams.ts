import "server-only";
import { JobWorker } from "./job-worker";
import { fromThreadJobError } from "./thread-job-error";

// Chunks a worker may send ahead of the reader: enough to keep it busy while the reader writes.
const chunksAhead = 4;

/**
 * Long streamed work (an export) made in a worker thread, its chunks handed over without copying.
 * The worker makes only as many chunks ahead as the reader has room for, so a slow client holds
 * the work back and memory stays flat; stopping early (`return()`) stops the worker's generator.
 * The module (a path from the project root) calls serveThreadStreams.
 */
export class ThreadStreams<Input> {
  private readonly worker: JobWorker;

  constructor(module: string) {
    this.worker = new JobWorker(module);
  }

  async *stream(input: Input): AsyncGenerator<Uint8Array> {
    const arrived: Uint8Array[] = [];
    let ended = false;
    let failure: Error | null = null;
    let wake: (() => void) | null = null;
    const notify = () => {
      wake?.();
      wake = null;
    };
    const { id, channel } = this.worker.open(
      (message) => {
        if ("chunk" in message) arrived.push(message.chunk);
        else if ("done" in message) ended = true;
        else if ("error" in message) failure = fromThreadJobError(message.error);
        notify();
      },
      (error) => {
        failure = error;
        notify();
      },
    );
    let finished = false;
    try {
      channel.post({ id, input });
      channel.post({ id, credit: chunksAhead });
      for (;;) {
        const chunk = arrived.shift();
        if (chunk) {
          channel.post({ id, credit: 1 });
          yield chunk;
          continue;
        }
        if (failure) throw failure;
        if (ended) break;
        await new Promise<void>((resolve) => {
          wake = resolve;
        });
      }
      finished = true;
    } finally {
      if (!finished && !failure) channel.post({ id, cancel: true });
      channel.close();
    }
  }
}
