import type { QueryClient } from "@tanstack/react-query";
import { AnnotationCache } from "./annotation-cache";
import { annotationApi } from "./annotation-api";
import type { DocumentLabel } from "./api-types";
import type { LabelConflict, WriteIssueStore } from "./write-issues";
import { conflictCurrent, errorMessage } from "./write-policy";
import type { WriteQueue } from "./write-queue";

/**
 * Document-level stances: applied at once, saved in order per claim. Changing an existing label
 * names the version last saved. A label changed elsewhere meanwhile (409) becomes a conflict the
 * user decides; any other refusal is reported and the saved state reloaded.
 */
export class LabelWriter {
  private readonly cache: AnnotationCache;
  /** Saved version per claim; undefined once the label is removed on the server. */
  private readonly versions = new Map<number, number | undefined>();

  constructor(
    queryClient: QueryClient,
    private readonly documentId: number,
    private readonly queue: WriteQueue,
    private readonly issues: WriteIssueStore,
    private readonly reloadWhenIdle: () => Promise<void>,
  ) {
    this.cache = new AnnotationCache(queryClient, documentId);
  }

  set(claimId: number, stance: string | null): void {
    if (!this.versions.has(claimId)) this.versions.set(claimId, this.cache.label(claimId)?.version);
    this.cache.setLabel(claimId, stance);
    this.send(claimId, stance);
  }

  keepTheirs(conflict: LabelConflict): void {
    const { claimId, current } = conflict;
    this.versions.set(claimId, current.version);
    this.cache.setLabel(claimId, current.stance, current);
    this.issues.resolveLabelConflict(claimId);
  }

  /** Sends this session's stance again, against the version the server holds now. */
  overwriteWithMine(conflict: LabelConflict): void {
    const { claimId, current, mine } = conflict;
    this.versions.set(claimId, current.version);
    this.cache.setLabel(claimId, mine, mine === null ? undefined : { ...current, stance: mine });
    this.issues.resolveLabelConflict(claimId);
    this.send(claimId, mine);
  }

  private send(claimId: number, stance: string | null): void {
    this.queue.enqueue({
      scope: `label:${claimId}`,
      label: "Save document stance",
      run: (key) => annotationApi.setLabel(this.documentId, claimId, stance, this.versions.get(claimId), key),
      onSuccess: (saved) => {
        this.versions.set(claimId, saved?.version);
        if (saved) this.cache.setLabel(claimId, saved.stance, saved);
      },
      onError: (error) => {
        const current = conflictCurrent<DocumentLabel>(error);
        if (current) {
          this.issues.addLabelConflict({ claimId, mine: stance, current });
          return;
        }
        this.issues.addFailure(`A document stance was not saved: ${errorMessage(error)}`);
        this.versions.clear();
        void this.reloadWhenIdle();
      },
    });
  }
}
