/**
 * What a client of a crash test was told about its writes, to hold against what the database kept
 * afterwards. A client stops at its first write without an answer: that write may have been applied
 * or not, but only as a whole; every write answered before it must be there exactly as answered.
 */

/** The fields of a span that the crash tests' writes change. */
export interface SpanState {
  version: number;
  deleted: boolean;
  stance: string | null;
  claimantMentionId: number | null;
}

export interface StoredSpan extends SpanState {
  id: number;
  layer: "claim" | "entity";
}

/** An `annotation.*` row of the audit log; deletes list the claims they unlinked from their mention. */
export interface SpanEvent {
  action: string;
  subjectId: number | null;
  unlinkedClaimantOf: number[];
}

export type SpanChanges = [id: number, after: SpanState][];

export class SpanWriteLedger {
  private readonly acknowledged = new Map<number, SpanState>();
  private unanswered: { changes: Map<number, SpanState>; creates: boolean } | null = null;
  /** Writes answered with success. */
  writes = 0;

  get stopped(): boolean {
    return this.unanswered !== null;
  }

  /**
   * Sends one write. `intent` says what it changes if applied (`creates` for a new span, whose id
   * only the answer tells); `confirmed` reads the states it acknowledged from the answer.
   */
  async write<T>(intent: { creates?: boolean; changes?: SpanChanges }, send: () => Promise<T>, confirmed: (result: T) => SpanChanges): Promise<T> {
    if (this.unanswered) throw new Error("A client stops at its first write without an answer");
    let result: T;
    try {
      result = await send();
    } catch (error) {
      this.unanswered = { changes: new Map(intent.changes ?? []), creates: intent.creates ?? false };
      throw error;
    }
    for (const [id, state] of confirmed(result)) this.acknowledged.set(id, state);
    this.writes += 1;
    return result;
  }

  /** How the stored spans of this client differ from what it was told; empty when they agree. */
  mismatches(stored: readonly StoredSpan[]): string[] {
    const problems: string[] = [];
    const byId = new Map(stored.map((span) => [span.id, span]));
    const unanswered = this.unanswered?.changes ?? new Map<number, SpanState>();
    const appliedSeen = new Set<boolean>();
    for (const [id, answered] of this.acknowledged) {
      const row = byId.get(id);
      if (!row) {
        problems.push(`span ${id} was acknowledged (${describe(answered)}) but is not stored`);
        continue;
      }
      const after = unanswered.get(id);
      const asAnswered = sameState(row, answered);
      const asAfter = after !== undefined && sameState(row, after);
      if (!asAnswered && !asAfter) problems.push(`span ${id} is stored as ${describe(row)}, acknowledged as ${describe(answered)}`);
      else if (after !== undefined && asAnswered !== asAfter) appliedSeen.add(asAfter);
    }
    if (appliedSeen.size > 1) problems.push("the write without an answer is stored for some of its spans and not for others");
    const unknown = stored.filter((span) => !this.acknowledged.has(span.id));
    if (unknown.length > (this.unanswered?.creates ? 1 : 0)) {
      problems.push(`spans ${unknown.map((span) => span.id).join(", ")} are stored but were never acknowledged`);
    }
    return problems;
  }
}

/**
 * What would be half-applied writes: a live claim naming a claimant mention that is deleted or
 * missing, and spans whose audit events do not add up to their row (one create; the version counts
 * the updates and the unlinking by a deleted mention; a delete event exactly for deleted rows).
 */
export function consistencyProblems(stored: readonly StoredSpan[], events: readonly SpanEvent[]): string[] {
  const problems: string[] = [];
  const byId = new Map(stored.map((span) => [span.id, span]));
  for (const span of stored) {
    if (span.layer !== "claim" || span.deleted || span.claimantMentionId === null) continue;
    const mention = byId.get(span.claimantMentionId);
    if (!mention || mention.deleted) problems.push(`claim ${span.id} names mention ${span.claimantMentionId}, which is ${mention ? "deleted" : "missing"}`);
  }
  const eventsOf = (id: number, action: string) => events.filter((event) => event.subjectId === id && event.action === action).length;
  for (const span of stored) {
    const unlinked = events.filter((event) => event.action === "annotation.delete" && event.unlinkedClaimantOf.includes(span.id)).length;
    if (eventsOf(span.id, "annotation.create") !== 1) problems.push(`span ${span.id} has ${eventsOf(span.id, "annotation.create")} create events`);
    if (span.version !== 1 + eventsOf(span.id, "annotation.update") + unlinked) {
      problems.push(`span ${span.id} has version ${span.version} after ${eventsOf(span.id, "annotation.update")} logged updates and ${unlinked} unlinkings`);
    }
    if (eventsOf(span.id, "annotation.delete") !== (span.deleted ? 1 : 0)) problems.push(`span ${span.id} (deleted: ${span.deleted}) has ${eventsOf(span.id, "annotation.delete")} delete events`);
  }
  const orphans = events.filter((event) => event.subjectId !== null && !byId.has(event.subjectId));
  if (orphans.length > 0) problems.push(`events name spans that are not stored: ${orphans.map((event) => `${event.action} ${event.subjectId}`).join(", ")}`);
  return problems;
}

function sameState(a: SpanState, b: SpanState): boolean {
  return a.version === b.version && a.deleted === b.deleted && a.stance === b.stance && a.claimantMentionId === b.claimantMentionId;
}

function describe(state: SpanState): string {
  return `version ${state.version}${state.deleted ? ", deleted" : ""}, stance ${state.stance}, mention ${state.claimantMentionId}`;
}
