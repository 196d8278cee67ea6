import type { DocumentLabel, Span, SpanChanges } from "./api-types";

/** A write the server refused because someone changed the span first (409). */
export interface Conflict {
  spanId: number;
  /** What this session wanted: changes to apply, the span's removal, or its return (undo of a removal). */
  mine: { kind: "update"; changes: SpanChanges } | { kind: "delete" } | { kind: "restore" };
  /** The span as the server holds it now. */
  current: Span;
}

/** A document stance the server refused because someone changed it first (409). */
export interface LabelConflict {
  claimId: number;
  /** The stance this session wanted; null removes the label. */
  mine: string | null;
  /** The label as the server holds it now. */
  current: DocumentLabel;
}

/** A write the server refused for good; shown until dismissed. */
export interface WriteFailure {
  id: number;
  message: string;
}

export interface WriteIssues {
  conflicts: Conflict[];
  labelConflicts: LabelConflict[];
  failures: WriteFailure[];
}

/** The writes needing the user's attention, observable with useSyncExternalStore. */
export class WriteIssueStore {
  private state: WriteIssues = { conflicts: [], labelConflicts: [], failures: [] };
  private listeners = new Set<() => void>();
  private nextFailureId = 1;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getState = (): WriteIssues => this.state;

  /** A second conflict on the same span merges into the first, so the user decides once. */
  addConflict(conflict: Conflict): void {
    const existing = this.state.conflicts.find((c) => c.spanId === conflict.spanId);
    const merged: Conflict =
      existing && existing.mine.kind === "update" && conflict.mine.kind === "update"
        ? { ...conflict, mine: { kind: "update", changes: { ...existing.mine.changes, ...conflict.mine.changes } } }
        : conflict;
    this.set({ ...this.state, conflicts: [...this.state.conflicts.filter((c) => c.spanId !== conflict.spanId), merged] });
  }

  resolveConflict(spanId: number): void {
    this.set({ ...this.state, conflicts: this.state.conflicts.filter((c) => c.spanId !== spanId) });
  }

  /** Later refusals of the same claim's stance replace earlier ones: the last stance chosen is mine. */
  addLabelConflict(conflict: LabelConflict): void {
    const others = this.state.labelConflicts.filter((c) => c.claimId !== conflict.claimId);
    this.set({ ...this.state, labelConflicts: [...others, conflict] });
  }

  resolveLabelConflict(claimId: number): void {
    this.set({ ...this.state, labelConflicts: this.state.labelConflicts.filter((c) => c.claimId !== claimId) });
  }

  addFailure(message: string): void {
    this.set({ ...this.state, failures: [...this.state.failures, { id: this.nextFailureId++, message }] });
  }

  dismissFailure(id: number): void {
    this.set({ ...this.state, failures: this.state.failures.filter((f) => f.id !== id) });
  }

  private set(state: WriteIssues): void {
    this.state = state;
    for (const listener of this.listeners) listener();
  }
}
