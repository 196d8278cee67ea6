// The load bench's reviewers and manager, in a thread of their own: reading large answers must
// not hold up the thread that times the annotators' saves. Posts its RequestTally's figures back.
import { parentPort, workerData } from "node:worker_threads";
import { callApi, classifyAnswer, pause } from "./bench-api";
import { RequestTally } from "./request-tally";

export interface Reader {
  token: string;
  route: string;
  path: string;
}

export interface ReaderThreadInput {
  baseURL: string;
  readers: Reader[];
  seconds: number;
  thinkMs: number;
}

export interface ReaderThreadResult {
  durations: [string, number[]][];
  errors: [string, number][];
}

/** Reads `reader.path` again and again until the deadline, thinking in between; records each answer. */
async function read(input: ReaderThreadInput, reader: Reader, deadline: number, tally: RequestTally, offset: number): Promise<void> {
  await pause(offset, deadline);
  while (performance.now() < deadline) {
    const began = performance.now();
    const answer = await callApi(input.baseURL, reader.token, "GET", reader.path, undefined, { discardBody: true });
    const { outcome, status } = classifyAnswer(answer);
    if (outcome === "acknowledged") tally.succeeded(reader.route, performance.now() - began);
    else {
      tally.failed(status);
      console.error(`${reader.route}: ${answer instanceof Error ? answer.message : `${answer.status} ${answer.body.slice(0, 300)}`}`);
    }
    await pause(input.thinkMs, deadline);
  }
}

const input = (workerData as { input: ReaderThreadInput }).input;
const tally = new RequestTally();
const deadline = performance.now() + input.seconds * 1000;
await Promise.all(input.readers.map((reader, k) => read(input, reader, deadline, tally, (k * input.thinkMs) / input.readers.length)));
parentPort?.postMessage({ durations: [...tally.durations], errors: [...tally.errors] } satisfies ReaderThreadResult);
