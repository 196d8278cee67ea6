import { ApiError, apiFetch } from "@/lib/client/api-fetch";
import { idempotent } from "./annotation-api";
import type { RecommendedSpan } from "./api-types";
import type { WriteIssueStore } from "./write-issues";
import { errorMessage } from "./write-policy";
import type { WriteQueue } from "./write-queue";

export type DecidedSuggestion = Pick<RecommendedSpan, "recommender" | "layer" | "start" | "end" | "quote" | "score">;

/** A decision on its way to the server, or stored there. */
export interface RecordedDecision {
  /** Takes the decision back (undo of an acceptance): the server forgets it once it has it. */
  withdraw(): void;
}

/**
 * Tells the server that the annotator accepted or rejected a recommender's suggestion, for the
 * project's measure of the recommenders' help. Records go through the document's write queue:
 * retried with backoff while the failure is transient (the save badge says so meanwhile), and a
 * refusal is shown to the annotator like any unsaved change.
 */
export class SuggestionDecisionWriter {
  private nextScope = 1;

  constructor(
    private readonly documentId: number,
    private readonly queue: WriteQueue,
    private readonly issues: WriteIssueStore,
  ) {}

  record(suggestion: DecidedSuggestion, label: string, decision: "accepted" | "rejected"): RecordedDecision {
    const { recommender, layer, start, end, quote, score } = suggestion;
    // One scope per decision: its withdrawal waits for it, other writes do not.
    const scope = `decision:${this.nextScope++}`;
    let settle: (id: number | null) => void = () => {};
    const recorded = new Promise<number | null>((resolve) => (settle = resolve));
    this.queue.enqueue({
      scope,
      label: "Record suggestion decision",
      run: (key) =>
        apiFetch<{ id: number }>(`/api/documents/${this.documentId}/suggestion-decisions`, {
          method: "POST",
          json: { recommender, layer, start, end, quote, label, score, decision },
          headers: idempotent(key),
        }),
      onSuccess: ({ id }) => settle(id),
      onError: (error) => {
        settle(null);
        this.issues.addFailure(`Your decision on the suggestion “${quote}” was not recorded: ${errorMessage(error)}`);
      },
    });
    return { withdraw: () => this.withdraw(scope, quote, recorded) };
  }

  private withdraw(scope: string, quote: string, recorded: Promise<number | null>): void {
    this.queue.enqueue({
      scope,
      label: "Withdraw suggestion decision",
      run: async () => {
        const id = await recorded;
        // A record that never arrived has nothing to withdraw; one already gone is withdrawn.
        if (id === null) return;
        await apiFetch<void>(`/api/documents/${this.documentId}/suggestion-decisions/${id}`, { method: "DELETE" }).catch((error: unknown) => {
          if (!(error instanceof ApiError && error.status === 404)) throw error;
        });
      },
      onSuccess: () => {},
      onError: (error) => this.issues.addFailure(`Your decision on the suggestion “${quote}” was not withdrawn: ${errorMessage(error)}`),
    });
  }
}

/** The label a recommended span offers, as decisions record it: an entity type's key, a claim's id. */
export function recommendedLabel(suggestion: RecommendedSpan, entityTypeKey: (id: number) => string | undefined): string {
  if (suggestion.layer === "entity") return entityTypeKey(suggestion.entityTypeId ?? -1) ?? String(suggestion.entityTypeId);
  return String(suggestion.claimId);
}
