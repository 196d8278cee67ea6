import type { SpanChanges, SpanState, SpanWriteLedger } from "./span-write-ledger";

/** A span as a write answered it. */
export interface WrittenSpan {
  id: number;
  version: number;
  stance: string | null;
  claimantMentionId: number | null;
}

/**
 * How a crash test's client writes the spans of its own document: through the services in-process
 * or over the HTTP API. Each call throws when the write got no successful answer.
 */
export interface SpanWriter {
  createMention(): Promise<WrittenSpan>;
  createClaim(options: { claimantMentionId: number; stance: string }): Promise<WrittenSpan>;
  setStance(span: WrittenSpan, stance: string): Promise<WrittenSpan>;
  deleteSpan(span: WrittenSpan): Promise<void>;
}

const live = (span: WrittenSpan): SpanState => ({
  version: span.version,
  deleted: false,
  stance: span.stance,
  claimantMentionId: span.claimantMentionId,
});

const answered = (span: WrittenSpan): SpanChanges => [[span.id, live(span)]];

/**
 * One client's work, recorded in `ledger`, until `stop()` says so or a write fails: a mention, a
 * claim naming it as claimant, a change of stance and, every other round, the mention's deletion,
 * which unlinks the claim in the same transaction. Resolves with the failure that stopped it, if any.
 */
export async function writeClaims(writer: SpanWriter, ledger: SpanWriteLedger, stop: () => boolean): Promise<unknown> {
  try {
    for (let round = 0; !stop(); round++) {
      const mention = await ledger.write({ creates: true }, () => writer.createMention(), answered);
      const claim = await ledger.write({ creates: true }, () => writer.createClaim({ claimantMentionId: mention.id, stance: "favor" }), answered);
      const against = { ...claim, version: claim.version + 1, stance: "against" };
      const edited = await ledger.write({ changes: answered(against) }, () => writer.setStance(claim, "against"), answered);
      if (round % 2 === 1) continue;
      const changes: SpanChanges = [
        [mention.id, { ...live(mention), deleted: true }],
        [edited.id, { ...live(edited), version: edited.version + 1, claimantMentionId: null }],
      ];
      await ledger.write({ changes }, () => writer.deleteSpan(mention), () => changes);
    }
    return null;
  } catch (error) {
    return error;
  }
}
