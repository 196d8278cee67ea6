import "server-only";
import path from "node:path";
import { Worker } from "node:worker_threads";
import { getEngine } from "@/db/client";
import { fromThreadJobError, type ThreadJobError } from "./thread-job-error";

export interface ThreadJobSetup {
  module: string;
  databaseUrl: string;
  poolSize: number;
}

export interface ThreadJobRequest<Input> {
  id: number;
  input: Input;
}

export type ThreadJobReply<Output> = { id: number; output: Output } | { id: number; error: ThreadJobError };

interface Pending<Output> {
  resolve(output: Output): void;
  reject(error: Error): void;
}

interface RunningWorker<Output> {
  thread: Worker;
  databaseUrl: string;
  pending: Map<number, Pending<Output>>;
}

/**
 * Long reads (the agreement pass over a large project) run in a worker thread with its own
 * read-only connection, so that the one JavaScript thread that answers requests keeps saving
 * spans meanwhile. One worker per kind of job, started at the first job and again after a crash;
 * it keeps the process alive only while a job is pending. `module` is the job module's path from
 * the project root; it calls serveThreadJobs.
 */
export class ThreadJobs<Input, Output> {
  private worker: RunningWorker<Output> | null = null;
  private nextId = 1;

  constructor(
    private readonly module: string,
    private readonly poolSize = 2,
  ) {}

  run(input: Input): Promise<Output> {
    const worker = this.workerFor(getEngine().url);
    const id = this.nextId++;
    return new Promise<Output>((resolve, reject) => {
      worker.pending.set(id, { resolve, reject });
      worker.thread.ref();
      worker.thread.postMessage({ id, input } satisfies ThreadJobRequest<Input>);
    });
  }

  private workerFor(databaseUrl: string): RunningWorker<Output> {
    // Tests point the process at a new database per file: a worker reads the one in use.
    if (this.worker && this.worker.databaseUrl !== databaseUrl) this.stop(this.worker, new Error("The database changed"));
    if (this.worker) return this.worker;
    const setup: ThreadJobSetup = { module: path.join(/* turbopackIgnore: true */ process.cwd(), this.module), databaseUrl, poolSize: this.poolSize };
    // Not bundled: the worker compiles the sources itself (worker-entry.mjs).
    const thread = new Worker(path.join(/* turbopackIgnore: true */ process.cwd(), "lib", "server", "jobs", "worker-entry.mjs"), {
      workerData: setup,
      execArgv: ["--conditions=react-server"],
    });
    const worker: RunningWorker<Output> = { thread, databaseUrl, pending: new Map() };
    thread.on("message", (reply: ThreadJobReply<Output>) => this.settle(worker, reply));
    thread.on("error", (error) => this.stop(worker, error));
    thread.on("exit", (code) => this.stop(worker, new Error(`The ${this.module} worker stopped (exit code ${code})`)));
    this.worker = worker;
    return worker;
  }

  private settle(worker: RunningWorker<Output>, reply: ThreadJobReply<Output>): void {
    const pending = worker.pending.get(reply.id);
    if (!pending) return;
    worker.pending.delete(reply.id);
    if ("error" in reply) pending.reject(fromThreadJobError(reply.error));
    else pending.resolve(reply.output);
    if (worker.pending.size === 0) worker.thread.unref();
  }

  /** Fails the worker's jobs in flight; the next job starts a new worker. */
  private stop(worker: RunningWorker<Output>, reason: Error): void {
    if (this.worker === worker) this.worker = null;
    for (const pending of worker.pending.values()) pending.reject(reason);
    worker.pending.clear();
    void worker.thread.terminate();
  }
}
