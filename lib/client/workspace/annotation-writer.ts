import type { QueryClient } from "@tanstack/react-query";
import { AnnotationCache } from "./annotation-cache";
import { annotationApi } from "./annotation-api";
import type { NewSpan, Span, SpanChanges } from "./api-types";
import { LabelWriter } from "./label-writer";
import { SpanIds } from "./span-ids";
import { SuggestionDecisionWriter } from "./suggestion-decisions";
import { type Conflict, WriteIssueStore } from "./write-issues";
import { conflictCurrent, errorMessage } from "./write-policy";
import { WriteQueue } from "./write-queue";

/**
 * Every change to a document's annotations goes through here: applied to the cache at once
 * (optimistic), then saved in order per span. A span created in this session has a temporary
 * negative id until its POST returns; edits made meanwhile wait for it in the span's queue.
 */
export class AnnotationWriter {
  readonly issues = new WriteIssueStore();
  readonly queue: WriteQueue;
  readonly ids = new SpanIds();
  readonly labels: LabelWriter;
  readonly decisions: SuggestionDecisionWriter;
  private readonly cache: AnnotationCache;
  /** The version the server last acknowledged, per server id. */
  private readonly versions = new Map<number, number>();
  private nextTempId = -1;

  constructor(queryClient: QueryClient, private readonly documentId: number) {
    this.cache = new AnnotationCache(queryClient, documentId);
    this.queue = new WriteQueue(queryClient, documentId);
    this.labels = new LabelWriter(queryClient, documentId, this.queue, this.issues, () => this.reloadWhenIdle());
    this.decisions = new SuggestionDecisionWriter(documentId, this.queue, this.issues);
  }

  setDocumentLabel(claimId: number, stance: string | null): void {
    this.labels.set(claimId, stance);
  }

  create(draft: NewSpan): Span {
    const tempId = this.nextTempId--;
    // The sources go to the server only: the workspace's spans do not show them.
    const { sourceAnnotationIds: _sources, ...fields } = draft;
    const span: Span = {
      entityTypeId: null, entityId: null, claimId: null, stance: null,
      claimantEntityId: null, claimantMentionId: null, note: "", origin: "manual",
      ...fields, id: tempId, version: 0,
    };
    this.cache.add(span);
    const created = this.ids.expect(tempId);
    this.queue.enqueue({
      scope: this.ids.scopeOf(tempId),
      label: "Save new span",
      run: async (key) => annotationApi.create(this.documentId, await this.resolveRefs(draft), key),
      onSuccess: (saved) => {
        // The id map first: renders that follow the cache change look the selection up through it.
        created.resolve(saved.id);
        this.versions.set(saved.id, saved.version);
        this.cache.update(tempId, (current) => ({ ...current, id: saved.id, version: saved.version }));
      },
      onError: (error) => {
        created.reject(error);
        this.cache.remove(tempId);
        this.issues.addFailure(`The span “${draft.quote}” was not saved: ${errorMessage(error)}`);
      },
    });
    return span;
  }

  /** The entity span at exactly these offsets as the cache holds it now, unsaved ones included. */
  entityAt(start: number, end: number): Span | undefined {
    return this.cache.entityAt(start, end);
  }

  update(id: number, changes: SpanChanges): void {
    this.rememberVersion(id);
    this.cache.update(this.ids.current(id), (span) => ({ ...span, ...changes }));
    this.sendUpdate(id, changes);
  }

  /** Removes a span; returns its last state, which undo restores. */
  remove(id: number): Span | undefined {
    this.rememberVersion(id);
    const removed = this.cache.find(this.ids.current(id));
    this.cache.remove(this.ids.current(id));
    this.sendRemove(id);
    return removed;
  }

  /** Brings a removed span back (undo of a removal, redo of a creation). */
  restore(id: number, snapshot: Span): void {
    this.cache.add({ ...snapshot, id: this.ids.current(id) });
    this.sendRestore(id);
  }

  private sendRestore(id: number): void {
    this.queue.enqueue({
      scope: this.ids.scopeOf(id),
      label: "Restore span",
      run: async (key) => {
        const realId = await this.ids.resolve(id);
        return annotationApi.restore(realId, this.versionOf(realId), key);
      },
      onSuccess: (saved) => this.acknowledge(saved),
      onError: (error) => this.refused(error, { kind: "restore" }),
    });
  }

  keepTheirs(conflict: Conflict): void {
    this.versions.set(conflict.current.id, conflict.current.version);
    this.cache.add(conflict.current);
    this.issues.resolveConflict(conflict.spanId);
  }

  /** Sends this session's change again, against the version the server holds now. */
  overwriteWithMine(conflict: Conflict): void {
    const { current, mine } = conflict;
    this.versions.set(current.id, current.version);
    this.issues.resolveConflict(conflict.spanId);
    if (mine.kind === "delete") {
      this.cache.remove(current.id);
      this.sendRemove(current.id);
      return;
    }
    if (mine.kind === "restore") {
      this.cache.add(current);
      this.sendRestore(current.id);
      return;
    }
    this.cache.add({ ...current, ...mine.changes });
    this.sendUpdate(current.id, mine.changes);
  }

  private sendUpdate(id: number, changes: SpanChanges): void {
    this.queue.enqueue({
      scope: this.ids.scopeOf(id),
      label: "Save span",
      run: async (key) => {
        const realId = await this.ids.resolve(id);
        return annotationApi.update(realId, this.versionOf(realId), await this.resolveRefs(changes), key);
      },
      onSuccess: (saved) => this.acknowledge(saved),
      onError: (error) => this.refused(error, { kind: "update", changes }),
    });
  }

  private sendRemove(id: number): void {
    this.queue.enqueue({
      scope: this.ids.scopeOf(id),
      label: "Remove span",
      run: async (key) => {
        const realId = await this.ids.resolve(id);
        const version = this.versionOf(realId);
        await annotationApi.remove(realId, version, key);
        return { realId, version };
      },
      // A removed row keeps its version, which restoring names. Claim spans that named it as
      // their claimant mention lose the link, and the server counts that as their new version.
      onSuccess: ({ realId, version }) => {
        this.versions.set(realId, version);
        for (const span of this.cache.claimsMentioning(realId)) {
          this.versions.set(span.id, this.versionOf(span.id) + 1);
          this.cache.update(span.id, (s) => ({ ...s, claimantMentionId: null, version: s.version + 1 }));
        }
      },
      onError: (error) => this.refused(error, { kind: "delete" }),
    });
  }

  /** Only the version is taken: later optimistic edits of the span stay in the cache. */
  private acknowledge(saved: Span): void {
    this.versions.set(saved.id, saved.version);
    this.cache.update(saved.id, (span) => ({ ...span, version: saved.version }));
  }

  private refused(error: unknown, mine: Conflict["mine"]): void {
    if (this.ids.isCreationFailure(error)) return; // Reported once, by the creation.
    const current = conflictCurrent<Span>(error);
    if (current) {
      this.issues.addConflict({ spanId: current.id, mine, current });
      return;
    }
    this.issues.addFailure(`A change to a span was not saved: ${errorMessage(error)}`);
    void this.reloadWhenIdle();
  }

  /** Shows what the server holds, once the other writes have landed. */
  async reloadWhenIdle(): Promise<void> {
    await this.queue.whenIdle();
    this.versions.clear();
    await this.cache.reload();
  }

  private rememberVersion(id: number): void {
    const realId = this.ids.current(id);
    const span = this.cache.find(realId);
    if (realId > 0 && span && !this.versions.has(realId)) this.versions.set(realId, span.version);
  }

  private versionOf(realId: number): number {
    return this.versions.get(realId) ?? this.cache.find(realId)?.version ?? 0;
  }

  /** A claimant mention may point at a span whose creation is still on its way. */
  private async resolveRefs<T extends SpanChanges>(changes: T): Promise<T> {
    const mention = changes.claimantMentionId;
    if (mention === undefined || mention === null || mention > 0) return changes;
    return { ...changes, claimantMentionId: await this.ids.resolve(mention) };
  }
}
