import type { QueryClient } from "@tanstack/react-query";
import type { DocumentAnnotations, DocumentLabel, Span } from "./api-types";
import { workspaceKeys } from "./workspace-keys";

/** Optimistic edits of a document's annotations in the TanStack Query cache. */
export class AnnotationCache {
  constructor(
    private readonly queryClient: QueryClient,
    private readonly documentId: number,
  ) {}

  private get key() {
    return workspaceKeys.annotations(this.documentId);
  }

  private edit(update: (data: DocumentAnnotations) => DocumentAnnotations): void {
    this.queryClient.setQueryData<DocumentAnnotations>(this.key, (data) => (data ? update(data) : data));
  }

  find(id: number): Span | undefined {
    return this.queryClient.getQueryData<DocumentAnnotations>(this.key)?.spans.find((span) => span.id === id);
  }

  label(claimId: number): DocumentLabel | undefined {
    return this.queryClient
      .getQueryData<DocumentAnnotations>(this.key)
      ?.documentLabels.find((label) => label.claimId === claimId);
  }

  /** The entity span at exactly these offsets, if any. */
  entityAt(start: number, end: number): Span | undefined {
    return this.queryClient
      .getQueryData<DocumentAnnotations>(this.key)
      ?.spans.find((span) => span.layer === "entity" && span.start === start && span.end === end);
  }

  /** Live claim spans whose claimant mention is the span `id`. */
  claimsMentioning(id: number): Span[] {
    return this.queryClient.getQueryData<DocumentAnnotations>(this.key)?.spans.filter((s) => s.claimantMentionId === id) ?? [];
  }

  add(span: Span): void {
    this.edit((data) => ({ ...data, spans: [...data.spans.filter((s) => s.id !== span.id), span] }));
  }

  remove(id: number): void {
    this.edit((data) => ({ ...data, spans: data.spans.filter((span) => span.id !== id) }));
  }

  /** Changes one span; untouched spans keep their identity, so unchanged paragraphs skip rendering. */
  update(id: number, change: (span: Span) => Span): void {
    this.edit((data) => ({ ...data, spans: data.spans.map((span) => (span.id === id ? change(span) : span)) }));
  }

  setLabel(claimId: number, stance: string | null, saved?: DocumentLabel): void {
    this.edit((data) => {
      const others = data.documentLabels.filter((label) => label.claimId !== claimId);
      if (stance === null) return { ...data, documentLabels: others };
      const previous = data.documentLabels.find((label) => label.claimId === claimId);
      const label = saved ?? { id: previous?.id ?? 0, claimId, stance, version: previous?.version ?? 0 };
      return { ...data, documentLabels: [...others, { ...label, stance }] };
    });
  }

  /** Reads the saved state again; used after a write the server refused. */
  reload(): Promise<void> {
    return this.queryClient.invalidateQueries({ queryKey: this.key });
  }
}
