import { readlinkSync } from "node:fs";
import { setPriority } from "node:os";
import { parentPort, workerData } from "node:worker_threads";
import { openEngine, useEngine } from "@/db/client";
import { engineKindOf } from "@/db/engine-kind";
import { backgroundSessionUrl } from "@/db/engines/postgres/background-sessions";
import { useInteractiveWrites } from "./interactive-writes";
import type { FromWorker, ThreadJobSetup, ToWorker } from "./job-worker";
import { toThreadJobError } from "./thread-job-error";

// Nice value of a job thread: when the cores are busy, the request thread gets them first.
const jobThreadNice = 10;

/**
 * Background work gives way to requests: a save should not wait for a core while an export runs.
 * Linux keeps a nice value per thread (its thread id names it in setpriority); elsewhere the
 * thread keeps the process's priority.
 */
function lowerThisThreadPriority(): void {
  if (process.platform !== "linux") return;
  const threadId = Number(readlinkSync("/proc/thread-self").split("/").pop());
  if (Number.isInteger(threadId) && threadId > 0) setPriority(threadId, jobThreadNice);
}

function jobPort() {
  const port = parentPort;
  if (!port) throw new Error("A job module runs in a worker thread");
  lowerThisThreadPriority();
  const setup = workerData as ThreadJobSetup;
  useInteractiveWrites(setup.interactiveWrites);
  const url = engineKindOf(setup.databaseUrl) === "postgres" ? backgroundSessionUrl(setup.databaseUrl) : setup.databaseUrl;
  useEngine(openEngine(url, { poolSize: setup.poolSize, readOnly: true }));
  return {
    onMessage: (listener: (message: ToWorker) => void) => port.on("message", listener),
    send: (message: FromWorker, transfer?: ArrayBuffer[]) => port.postMessage(message, transfer),
  };
}

/**
 * Runs in a worker thread: opens the database the process uses, read-only, and answers each job
 * the main thread posts with `run`'s result or its failure. Jobs run concurrently, as requests do.
 */
export function serveThreadJobs<Input, Output>(run: (input: Input) => Promise<Output>): void {
  const port = jobPort();
  port.onMessage((message) => {
    if (!("input" in message)) return;
    run(message.input as Input).then(
      (output) => port.send({ id: message.id, output }),
      (error: unknown) => port.send({ id: message.id, error: toThreadJobError(error) }),
    );
  });
}

interface OpenStream {
  credit: number;
  cancelled: boolean;
  wake: (() => void) | null;
}

/**
 * Runs in a worker thread like serveThreadJobs, for work that streams: each chunk that `produce`
 * yields goes to the main thread (moved, not copied) as soon as the reader has granted room for it.
 */
export function serveThreadStreams<Input>(produce: (input: Input) => AsyncGenerator<Uint8Array>): void {
  const port = jobPort();
  const streams = new Map<number, OpenStream>();
  const waitForCredit = (stream: OpenStream) =>
    new Promise<void>((resolve) => {
      stream.wake = resolve;
    });
  const pump = async (id: number, input: Input, stream: OpenStream) => {
    const chunks = produce(input);
    try {
      for await (const chunk of chunks) {
        while (stream.credit === 0 && !stream.cancelled) await waitForCredit(stream);
        if (stream.cancelled) return;
        stream.credit -= 1;
        // A chunk that shares its buffer is copied out first: moving the buffer would empty the rest.
        const own = chunk.byteOffset === 0 && chunk.byteLength === chunk.buffer.byteLength ? chunk : chunk.slice();
        port.send({ id, chunk: own }, [own.buffer as ArrayBuffer]);
      }
      port.send({ id, done: true });
    } catch (error) {
      port.send({ id, error: toThreadJobError(error) });
    } finally {
      // Leaving the loop early (a cancel) has closed the generator already.
      streams.delete(id);
    }
  };
  port.onMessage((message) => {
    if ("input" in message) {
      const stream: OpenStream = { credit: 0, cancelled: false, wake: null };
      streams.set(message.id, stream);
      void pump(message.id, message.input as Input, stream);
      return;
    }
    const stream = streams.get(message.id);
    if (!stream) return;
    if ("credit" in message) stream.credit += message.credit;
    else stream.cancelled = true;
    stream.wake?.();
    stream.wake = null;
  });
}
