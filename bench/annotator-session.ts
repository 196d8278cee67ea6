// One annotator of the load benches: creates, edits and deletes spans of its own documents and
// sets their stances through the JSON API, one request at a time, with a pause to think between
// requests (or none, to find the servers' capacity), and remembers what the server acknowledged,
// so that the database can be checked against it afterwards.
import { randomUUID } from "node:crypto";
import { callApi, classifyAnswer, pause, type Answer } from "./bench-api";
import type { BenchAnnotator } from "./concurrent-annotators-fixture";
import { seededRandom } from "./generate-articles";
import type { RequestTally } from "./request-tally";

/** What the server last acknowledged of a span or a document stance. */
export interface Acknowledged {
  version: number;
  /** A span's note, a document label's stance. */
  value: string;
  deleted: boolean;
  /** A later write got no clear answer (a 5xx or no response): it may or may not have landed. */
  uncertain: boolean;
}

type Result = ReturnType<typeof classifyAnswer> & { answer: Answer | Error; route: string };

const fewestLiveSpans = 3;
const mostLiveSpans = 30;
const stances = ["favor", "against", "neutral", "unclear"] as const;

export class AnnotatorSession {
  /** Every span this annotator created, by id. */
  readonly spans = new Map<number, Acknowledged>();
  /** The stance of each of its documents towards the bench claim, by document id. */
  readonly labels = new Map<number, Acknowledged>();
  /** Creates, edits, deletes and stances the server acknowledged, over every `work`. */
  acknowledgedWrites = 0;
  private readonly live: number[] = [];
  private readonly random: () => number;
  private edits = 0;
  /** Statuses whose first failure was logged, for all sessions: one line each tells what went wrong. */
  private static readonly reported = new Set<string>();

  constructor(
    private readonly annotator: BenchAnnotator,
    private readonly entityTypeId: number,
    private readonly claimId: number,
  ) {
    this.random = seededRandom(annotator.userId);
  }

  /**
   * Works against `baseURL` until `deadline` (performance.now()) or `maxRequests`, pausing
   * between requests for a time drawn around `thinkMs` (uniformly from half to one and a half of it).
   */
  async work(baseURL: string, options: { deadline: number; maxRequests: number; thinkMs: number; tally: RequestTally }): Promise<void> {
    const { deadline, maxRequests, thinkMs, tally } = options;
    // Annotators start spread over one think time, as people do, not all in the same millisecond.
    await pause(this.random() * thinkMs, deadline);
    for (let sent = 0; performance.now() < deadline && sent < maxRequests; sent++) {
      const roll = this.random();
      const began = performance.now();
      let result: Result;
      if (this.live.length < fewestLiveSpans || (this.live.length < mostLiveSpans && roll < 0.4)) result = await this.create(baseURL);
      else if (roll < 0.7) result = await this.edit(baseURL);
      else if (roll < 0.85) result = await this.delete(baseURL);
      else result = await this.setStance(baseURL);
      const { route } = result;
      if (result.outcome === "acknowledged") {
        tally.succeeded(route, performance.now() - began);
        this.acknowledgedWrites += 1;
      } else {
        tally.failed(result.status);
        if (!AnnotatorSession.reported.has(result.status)) {
          AnnotatorSession.reported.add(result.status);
          const detail = result.answer instanceof Error ? result.answer.message : result.answer.body;
          console.error(`first ${result.status} answer (${route}): ${detail.slice(0, 300)}`);
        }
      }
      if (thinkMs > 0) await pause(thinkMs * (0.5 + this.random()), deadline);
    }
  }

  /** GETs the annotator's documents' spans once: routes compiled and caches warm before timing. */
  async warmUp(baseURL: string): Promise<void> {
    for (const document of this.annotator.documents) {
      const response = await callApi(baseURL, this.annotator.token, "GET", `/api/documents/${document.id}/annotations`);
      if (response instanceof Error || !response.ok) {
        throw new Error(`Warm-up against ${baseURL} failed: ${response instanceof Error ? response.message : `${response.status} ${response.body}`}`);
      }
    }
  }

  private pick<T>(list: readonly T[]): T | undefined {
    return list[Math.floor(this.random() * list.length)];
  }

  private async call(route: string, baseURL: string, path: string, body?: unknown): Promise<Result> {
    const method = route.slice(0, route.indexOf(" "));
    // Keyed as the workspace keys its writes, so that the bench pays what the app pays for them.
    const answer = await callApi(baseURL, this.annotator.token, method, path, body, { idempotencyKey: randomUUID() });
    return { answer, route, ...classifyAnswer(answer) };
  }

  private async create(baseURL: string): Promise<Result> {
    const document = this.pick(this.annotator.documents);
    const word = document && this.pick(document.words);
    if (!document || !word) throw new Error("A bench document without words");
    const body = { layer: "entity", entityTypeId: this.entityTypeId, start: word.start, end: word.end, quote: word.quote };
    const result = await this.call("POST /api/documents/:id/annotations", baseURL, `/api/documents/${document.id}/annotations`, body);
    if (result.outcome === "acknowledged" && !(result.answer instanceof Error)) {
      const span = JSON.parse(result.answer.body) as { id: number; version: number };
      this.spans.set(span.id, { version: span.version, value: "", deleted: false, uncertain: false });
      this.live.push(span.id);
    }
    return result;
  }

  private async edit(baseURL: string): Promise<Result> {
    const id = this.pick(this.live) ?? 0;
    const known = this.spans.get(id);
    if (!known) throw new Error(`Span ${id} is not one of this annotator's`);
    this.edits += 1;
    const note = `edit ${this.edits}`;
    const result = await this.call("PATCH /api/annotations/:id", baseURL, `/api/annotations/${id}`, { version: known.version, note });
    if (result.outcome === "acknowledged" && !(result.answer instanceof Error)) {
      const span = JSON.parse(result.answer.body) as { version: number };
      this.spans.set(id, { ...known, version: span.version, value: note });
    } else if (result.outcome === "unknown") {
      this.forget(id, known);
    }
    return result;
  }

  private async delete(baseURL: string): Promise<Result> {
    const id = this.pick(this.live) ?? 0;
    const known = this.spans.get(id);
    if (!known) throw new Error(`Span ${id} is not one of this annotator's`);
    const result = await this.call("DELETE /api/annotations/:id", baseURL, `/api/annotations/${id}?version=${known.version}`);
    if (result.outcome === "acknowledged") {
      this.spans.set(id, { ...known, deleted: true });
      this.live.splice(this.live.indexOf(id), 1);
    } else if (result.outcome === "unknown") {
      this.forget(id, known);
    }
    return result;
  }

  /** Sets the stance of one of its documents towards the bench claim to another of the four. */
  private async setStance(baseURL: string): Promise<Result> {
    // A stance whose last write got no clear answer is left alone, as an unsure span is.
    const document = this.pick(this.annotator.documents.filter((d) => !this.labels.get(d.id)?.uncertain));
    if (!document) return this.create(baseURL);
    const known = this.labels.get(document.id);
    const stance = stances.filter((s) => s !== known?.value)[Math.floor(this.random() * 3)] ?? "favor";
    const body = { claimId: this.claimId, stance, ...(known ? { version: known.version } : {}) };
    const result = await this.call("PUT /api/documents/:id/labels", baseURL, `/api/documents/${document.id}/labels`, body);
    if (result.outcome === "acknowledged" && !(result.answer instanceof Error)) {
      const label = JSON.parse(result.answer.body) as { version: number };
      this.labels.set(document.id, { version: label.version, value: stance, deleted: false, uncertain: false });
    } else if (result.outcome === "unknown") {
      this.labels.set(document.id, { version: known?.version ?? 0, value: known?.value ?? "", deleted: false, uncertain: true });
    }
    return result;
  }

  /** Stops working on a span whose state the client no longer knows for sure. */
  private forget(id: number, known: Acknowledged): void {
    this.spans.set(id, { ...known, uncertain: true });
    this.live.splice(this.live.indexOf(id), 1);
  }
}
