import type { QueryClient } from "@tanstack/react-query";
import { AnnotationCache } from "./annotation-cache";
import { annotationApi } from "./annotation-api";
import type { WriteIssueStore } from "./write-issues";
import { errorMessage } from "./write-policy";
import type { WriteQueue } from "./write-queue";

/**
 * Document-level stances: applied at once, saved in order per claim. Changing an existing label
 * names the version last saved; a refusal (say a 409) is reported and the saved state reloaded.
 */
export class LabelWriter {
  private readonly cache: AnnotationCache;
  /** Saved version per claim; undefined once the label is removed on the server. */
  private readonly versions = new Map<number, number | undefined>();

  constructor(
    queryClient: QueryClient,
    documentId: number,
    private readonly queue: WriteQueue,
    private readonly issues: WriteIssueStore,
    private readonly reloadWhenIdle: () => Promise<void>,
  ) {
    this.cache = new AnnotationCache(queryClient, documentId);
  }

  set(documentId: number, claimId: number, stance: string | null): void {
    if (!this.versions.has(claimId)) this.versions.set(claimId, this.cache.label(claimId)?.version);
    this.cache.setLabel(claimId, stance);
    this.queue.enqueue({
      scope: `label:${claimId}`,
      label: "Save document stance",
      run: () => annotationApi.setLabel(documentId, claimId, stance, this.versions.get(claimId)),
      onSuccess: (saved) => {
        this.versions.set(claimId, saved?.version);
        if (saved) this.cache.setLabel(claimId, saved.stance, saved);
      },
      onError: (error) => {
        this.issues.addFailure(`A document stance was not saved: ${errorMessage(error)}`);
        this.versions.clear();
        void this.reloadWhenIdle();
      },
    });
  }
}
