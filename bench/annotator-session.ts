// One annotator of the concurrent-annotators bench: creates, edits and deletes spans of its own
// documents through the JSON API, one request at a time, and remembers what the server
// acknowledged, so that the database can be checked against it afterwards.
import type { BenchAnnotator } from "./concurrent-annotators-fixture";
import { seededRandom } from "./generate-articles";

/** What the server last acknowledged of a span. */
export interface AcknowledgedSpan {
  version: number;
  note: string;
  deleted: boolean;
  /** A later write got no clear answer (a 5xx or no response): it may or may not have landed. */
  uncertain: boolean;
}

export interface SessionTally {
  requests: number;
  /** Durations of acknowledged saves (create, edit, delete), ms. */
  saves: number[];
  /** Refused or failed requests by HTTP status, `network` for no response. */
  errors: Map<string, number>;
}

interface Answer {
  ok: boolean;
  status: number;
  body: string;
}

const requestTimeoutMs = 30_000;
const fewestLiveSpans = 3;
const mostLiveSpans = 30;

export class AnnotatorSession {
  /** Every span this annotator created, by id. */
  readonly spans = new Map<number, AcknowledgedSpan>();
  /** Creates, edits and deletes the server acknowledged, over every `work`. */
  acknowledgedWrites = 0;
  private readonly live: number[] = [];
  private readonly random: () => number;
  private edits = 0;
  private lastFailure = "";
  /** Statuses whose first failure was logged, for all sessions: one line each tells what went wrong. */
  private static readonly reported = new Set<string>();

  constructor(
    private readonly annotator: BenchAnnotator,
    private readonly entityTypeId: number,
  ) {
    this.random = seededRandom(annotator.userId);
  }

  /** Works against `baseURL` until `deadline` (performance.now()) or `maxRequests`, whichever comes first. */
  async work(baseURL: string, deadline: number, maxRequests: number): Promise<SessionTally> {
    const tally: SessionTally = { requests: 0, saves: [], errors: new Map() };
    while (performance.now() < deadline && tally.requests < maxRequests) {
      const roll = this.random();
      const began = performance.now();
      let outcome: "acknowledged" | "refused" | "unknown";
      let status: string;
      if (this.live.length < fewestLiveSpans || (this.live.length < mostLiveSpans && roll < 0.45)) ({ outcome, status } = await this.create(baseURL));
      else if (this.live.length < mostLiveSpans && roll < 0.8) ({ outcome, status } = await this.edit(baseURL));
      else ({ outcome, status } = await this.delete(baseURL));
      tally.requests += 1;
      if (outcome === "acknowledged") {
        tally.saves.push(performance.now() - began);
        this.acknowledgedWrites += 1;
      } else {
        tally.errors.set(status, (tally.errors.get(status) ?? 0) + 1);
        if (!AnnotatorSession.reported.has(status)) {
          AnnotatorSession.reported.add(status);
          console.error(`first ${status} answer: ${this.lastFailure.slice(0, 300)}`);
        }
      }
    }
    return tally;
  }

  /** GETs the annotator's documents' spans once: routes compiled and caches warm before timing. */
  async warmUp(baseURL: string): Promise<void> {
    for (const document of this.annotator.documents) {
      const response = await this.request(baseURL, "GET", `/api/documents/${document.id}/annotations`);
      if (response instanceof Error || !response.ok) {
        throw new Error(`Warm-up against ${baseURL} failed: ${response instanceof Error ? response.message : `${response.status} ${response.body}`}`);
      }
    }
  }

  private pick<T>(list: readonly T[]): T | undefined {
    return list[Math.floor(this.random() * list.length)];
  }

  /** The answer read to its end (which frees the connection for the next request), or the failure. */
  private async request(baseURL: string, method: string, path: string, body?: unknown): Promise<Answer | Error> {
    try {
      const response = await fetch(`${baseURL}${path}`, {
        method,
        headers: { authorization: `Bearer ${this.annotator.token}`, ...(body === undefined ? {} : { "content-type": "application/json" }) },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(requestTimeoutMs),
      });
      const answer = { ok: response.ok, status: response.status, body: await response.text() };
      if (!answer.ok) this.lastFailure = `${method} ${path}: ${answer.body}`;
      return answer;
    } catch (error) {
      this.lastFailure = `${method} ${path}: ${error instanceof Error ? `${error.message} ${String(error.cause ?? "")}` : String(error)}`;
      return error instanceof Error ? error : new Error(String(error));
    }
  }

  /** Sorts an answer: 2xx acknowledged, 4xx refused (nothing changed), 5xx or none unknown. */
  private static classify(answer: Answer | Error): { outcome: "acknowledged" | "refused" | "unknown"; status: string } {
    if (answer instanceof Error) return { outcome: "unknown", status: "network" };
    if (answer.ok) return { outcome: "acknowledged", status: String(answer.status) };
    return { outcome: answer.status >= 500 ? "unknown" : "refused", status: String(answer.status) };
  }

  private async create(baseURL: string) {
    const document = this.pick(this.annotator.documents);
    const word = document && this.pick(document.words);
    if (!document || !word) throw new Error("A bench document without words");
    const body = { layer: "entity", entityTypeId: this.entityTypeId, start: word.start, end: word.end, quote: word.quote };
    const response = await this.request(baseURL, "POST", `/api/documents/${document.id}/annotations`, body);
    const result = AnnotatorSession.classify(response);
    if (result.outcome === "acknowledged" && !(response instanceof Error)) {
      const span = JSON.parse(response.body) as { id: number; version: number };
      this.spans.set(span.id, { version: span.version, note: "", deleted: false, uncertain: false });
      this.live.push(span.id);
    }
    return result;
  }

  private async edit(baseURL: string) {
    const id = this.pick(this.live) ?? 0;
    const known = this.spans.get(id);
    if (!known) throw new Error(`Span ${id} is not one of this annotator's`);
    this.edits += 1;
    const note = `edit ${this.edits}`;
    const response = await this.request(baseURL, "PATCH", `/api/annotations/${id}`, { version: known.version, note });
    const result = AnnotatorSession.classify(response);
    if (result.outcome === "acknowledged" && !(response instanceof Error)) {
      const span = JSON.parse(response.body) as { version: number };
      this.spans.set(id, { ...known, version: span.version, note });
    } else if (result.outcome === "unknown") {
      this.forget(id, known);
    }
    return result;
  }

  private async delete(baseURL: string) {
    const id = this.pick(this.live) ?? 0;
    const known = this.spans.get(id);
    if (!known) throw new Error(`Span ${id} is not one of this annotator's`);
    const response = await this.request(baseURL, "DELETE", `/api/annotations/${id}?version=${known.version}`);
    const result = AnnotatorSession.classify(response);
    if (result.outcome === "acknowledged") {
      this.spans.set(id, { ...known, deleted: true });
      this.live.splice(this.live.indexOf(id), 1);
    } else if (result.outcome === "unknown") {
      this.forget(id, known);
    }
    return result;
  }

  /** Stops working on a span whose state the client no longer knows for sure. */
  private forget(id: number, known: AcknowledgedSpan): void {
    this.spans.set(id, { ...known, uncertain: true });
    this.live.splice(this.live.indexOf(id), 1);
  }
}
