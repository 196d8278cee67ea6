import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/**
 * A small model server of Claimdesk's own for the tests, on loopback: it speaks Label Studio's ML
 * backend protocol and "recognizes" the words it is given, wherever they occur, at code-point
 * offsets. Each prediction also names a region past the text, which Claimdesk must drop.
 */
export type TestBackendMode =
  | { kind: "ok" }
  | { kind: "error"; status: number }
  | { kind: "slow"; delayMs: number }
  /** Requests wait, unanswered, until the mode changes; then they are answered as usual. */
  | { kind: "held" }
  | { kind: "not-label-studio" };

export interface TestModelBackend {
  url: string;
  modelVersion: string;
  /** Requests received, in order: path and parsed JSON body. */
  requests: { method: string; path: string; body: unknown }[];
  /** The most requests it was answering at once. */
  maxConcurrent(): number;
  setMode(mode: TestBackendMode): void;
  close(): Promise<void>;
}

interface PredictTask {
  id: number;
  data: { text: string };
}

export async function startTestModelBackend(options: { words: Record<string, string>; modelVersion?: string }): Promise<TestModelBackend> {
  const modelVersion = options.modelVersion ?? "test-ner-1";
  const requests: TestModelBackend["requests"] = [];
  let mode: TestBackendMode = { kind: "ok" };
  const pending = new Set<ServerResponse>();
  let mostPending = 0;
  let release: (() => void)[] = [];

  const answer = (response: ServerResponse, status: number, body: unknown) => {
    pending.delete(response);
    if (response.destroyed) return;
    response.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
  };

  const server = createServer(async (request: IncomingMessage, response: ServerResponse) => {
    const raw = await readBody(request);
    const path = new URL(request.url ?? "/", "http://backend").pathname;
    requests.push({ method: request.method ?? "GET", path, body: raw === "" ? null : (JSON.parse(raw) as unknown) });
    pending.add(response);
    mostPending = Math.max(mostPending, pending.size);
    const current = mode;
    if (current.kind === "error") return answer(response, current.status, { error: "model crashed" });
    if (current.kind === "not-label-studio") return answer(response, 200, { hello: "world" });
    if (current.kind === "slow") await new Promise((resolve) => setTimeout(resolve, current.delayMs));
    if (current.kind === "held") await new Promise<void>((resolve) => release.push(resolve));
    if (path === "/health") return answer(response, 200, { status: "UP", model_class: "TestNer" });
    if (path === "/setup") return answer(response, 200, { model_version: modelVersion });
    if (path === "/webhook") return answer(response, 201, {});
    if (path === "/predict") {
      const { tasks } = JSON.parse(raw) as { tasks: PredictTask[] };
      return answer(response, 200, { results: tasks.map((task) => predict(task.data.text, options.words, modelVersion)) });
    }
    answer(response, 404, { error: "no such route" });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    modelVersion,
    requests,
    maxConcurrent: () => mostPending,
    setMode: (next) => {
      mode = next;
      const waiting = release;
      release = [];
      for (const resume of waiting) resume();
    },
    close: async () => {
      for (const response of pending) response.destroy();
      for (const resume of release) resume();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function predict(text: string, words: Record<string, string>, modelVersion: string) {
  const characters = Array.from(text);
  const result = [];
  for (const [word, label] of Object.entries(words)) {
    const length = Array.from(word).length;
    for (let start = 0; start + length <= characters.length; start++) {
      if (characters.slice(start, start + length).join("") !== word) continue;
      const value = { start, end: start + length, text: word, labels: [label] };
      result.push({ id: `r${result.length}`, from_name: "label", to_name: "text", type: "labels", value });
    }
  }
  const past = { start: characters.length, end: characters.length + 4, text: "gone", labels: Object.values(words).slice(0, 1) };
  result.push({ id: "past", from_name: "label", to_name: "text", type: "labels", value: past });
  return { result, score: 0.9, model_version: modelVersion };
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}
