import "server-only";
import path from "node:path";
import { Worker } from "node:worker_threads";
import { getEngine } from "@/db/client";
import { interactiveWritesBuffer } from "./interactive-writes";
import type { ThreadJobError } from "./thread-job-error";

export interface ThreadJobSetup {
  module: string;
  databaseUrl: string;
  poolSize: number;
  /** The request thread's count of writes in flight (see interactive-writes.ts). */
  interactiveWrites: SharedArrayBuffer;
}

/** From the main thread: start a job, grant a stream more chunks, or stop it. */
export type ToWorker = { id: number; input: unknown } | { id: number; credit: number } | { id: number; cancel: true };

/** From the worker: a job's result or failure, or a stream's next chunk or end. */
export type FromWorker =
  | { id: number; output: unknown }
  | { id: number; error: ThreadJobError }
  | { id: number; chunk: Uint8Array }
  | { id: number; done: true };

export interface JobChannel {
  post(message: ToWorker, transfer?: ArrayBuffer[]): void;
  /** Stops listening; the worker may idle (and stop holding the process) once no job is open. */
  close(): void;
}

interface RunningWorker {
  thread: Worker;
  databaseUrl: string;
  listeners: Map<number, { receive(message: FromWorker): void; fail(error: Error): void }>;
}

/**
 * The worker thread of one job module (see serveThreadJobs and serveThreadStreams): started at
 * the first job with a read-only connection to the database the process uses, started again after
 * a crash or when the process moves to another database (tests do, file by file). It keeps the
 * process alive only while a job is open. `module` is the job module's path from the project root.
 */
export class JobWorker {
  private worker: RunningWorker | null = null;
  private nextId = 1;

  constructor(
    private readonly module: string,
    private readonly poolSize = 2,
  ) {}

  /** Opens a job: `receive` gets its messages, `fail` the worker's end if it comes first. */
  open(receive: (message: FromWorker) => void, fail: (error: Error) => void): { id: number; channel: JobChannel } {
    const worker = this.workerFor(getEngine().url);
    const id = this.nextId++;
    worker.listeners.set(id, { receive, fail });
    worker.thread.ref();
    return {
      id,
      channel: {
        post: (message, transfer) => worker.thread.postMessage(message, transfer),
        close: () => {
          worker.listeners.delete(id);
          if (worker.listeners.size === 0) worker.thread.unref();
        },
      },
    };
  }

  private workerFor(databaseUrl: string): RunningWorker {
    if (this.worker && this.worker.databaseUrl !== databaseUrl) this.stop(this.worker, new Error("The database changed"));
    if (this.worker) return this.worker;
    const setup: ThreadJobSetup = {
      module: path.join(/* turbopackIgnore: true */ process.cwd(), this.module),
      databaseUrl,
      poolSize: this.poolSize,
      interactiveWrites: interactiveWritesBuffer(),
    };
    // Not bundled: the worker compiles the sources itself (worker-entry.mjs).
    const thread = new Worker(path.join(/* turbopackIgnore: true */ process.cwd(), "lib", "server", "jobs", "worker-entry.mjs"), {
      workerData: setup,
      execArgv: ["--conditions=react-server"],
    });
    const worker: RunningWorker = { thread, databaseUrl, listeners: new Map() };
    thread.on("message", (message: FromWorker) => worker.listeners.get(message.id)?.receive(message));
    thread.on("error", (error) => this.stop(worker, error));
    thread.on("exit", (code) => this.stop(worker, new Error(`The ${this.module} worker stopped (exit code ${code})`)));
    this.worker = worker;
    return worker;
  }

  /** Fails the worker's open jobs; the next job starts a new worker. */
  private stop(worker: RunningWorker, reason: Error): void {
    if (this.worker === worker) this.worker = null;
    for (const listener of worker.listeners.values()) listener.fail(reason);
    worker.listeners.clear();
    void worker.thread.terminate();
  }
}
