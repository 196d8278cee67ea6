"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useCallback, useMemo, useRef, useState } from "react";
import type { CatalogClaim, DocumentLabel, DocumentMeta, LabelSchema, ProjectMeta, Span } from "@/lib/client/workspace/api-types";
import { AnnotationWriter } from "@/lib/client/workspace/annotation-writer";
import { openSuggestions } from "@/lib/client/workspace/open-suggestions";
import type { TextSurface } from "@/lib/client/workspace/offset-bridge";
import { byPosition, lazyTargets, suggestionKey, type Target } from "@/lib/client/workspace/targets";
import { layoutParagraphs } from "@/lib/client/workspace/text-layout";
import { UndoStack } from "@/lib/client/workspace/undo-stack";
import { useValueAfterPaint } from "@/lib/client/workspace/use-value-after-paint";
import {
  useAllClaims,
  useAnnotations,
  useCachedAnnotations,
  useEntitySearch,
  useSuggestions,
} from "@/lib/client/workspace/use-workspace-queries";

const noSpans: Span[] = [];
const noLabels: DocumentLabel[] = [];
const noClaims: CatalogClaim[] = [];

export interface WorkspaceInput {
  document: DocumentMeta;
  project: ProjectMeta;
  schema: LabelSchema;
  /** Selected when the workspace opens (a link to one of the caller's spans). */
  initialSpanId?: number;
}

/** The state of the workspace: data, the selection, and the writer and history that change it. */
export function useWorkspaceModel({ document, project, schema, initialSpanId }: WorkspaceInput) {
  const queryClient = useQueryClient();
  const [writer] = useState(() => new AnnotationWriter(queryClient, document.id));
  const [history] = useState(() => new UndoStack());
  const containerRef = useRef<HTMLDivElement | null>(null);
  const surfaceRef = useRef<TextSurface | null>(null);
  /** Alt held when the last mouse selection ended: mark it exactly as selected, without snapping. */
  const altOnRelease = useRef(false);
  const layout = useMemo(() => layoutParagraphs(document.text), [document.text]);

  const annotations = useAnnotations(document.id);
  const cached = useCachedAnnotations(document.id);
  const suggestionList = useSuggestions(document.id);
  const claimCatalog = useAllClaims(project.id);
  const entityCatalog = useEntitySearch(project.id, "");

  const [chosen, setSelection] = useState<Target | null>(() => (initialSpanId === undefined ? null : { kind: "span", id: initialSpanId }));
  const [rejected, setRejected] = useState<ReadonlySet<string>>(() => new Set());
  /** While set, clicking an entity span links it as the claimant of this claim span. */
  const [pickingClaimantFor, setPickingClaimantFor] = useState<number | null>(null);

  // The selected span is read from the cache as it is now, so that a new mark shows (selected) in
  // the very next frame; the sorted list, tracks and targets of every span follow once that frame
  // is painted, which keeps a 2,000-span document responsive.
  const latestSpans = cached?.spans ?? noSpans;
  const deferredSpans = useValueAfterPaint(latestSpans);
  const spans = useMemo(() => [...deferredSpans].sort(byPosition), [deferredSpans]);
  const suggestions = useMemo(
    () => openSuggestions(suggestionList.data ?? [], spans, rejected),
    [suggestionList.data, spans, rejected],
  );
  // Targets (for Tab, clicks, hovers) are sorted on demand, from the spans as they are now.
  const targets = useMemo(
    () => lazyTargets(latestSpans, () => openSuggestions(suggestionList.data ?? [], latestSpans, rejected)),
    [latestSpans, suggestionList.data, rejected],
  );
  // A span created in this session changes id when saved; the selection follows it.
  const chosenSpanId = chosen?.kind === "span" ? writer.ids.current(chosen.id) : null;
  const selection = useMemo<Target | null>(
    () => (chosen?.kind === "span" && chosenSpanId !== chosen.id ? { kind: "span", id: chosenSpanId ?? chosen.id } : chosen),
    [chosen, chosenSpanId],
  );

  const selectedSpan = useMemo(
    () => (selection?.kind === "span" ? (latestSpans.find((s) => s.id === writer.ids.current(selection.id)) ?? null) : null),
    [selection, latestSpans, writer],
  );
  const selectedSuggestion = useMemo(
    () => (selection?.kind === "suggestion" ? (suggestions.find((s) => suggestionKey(s) === selection.key) ?? null) : null),
    [selection, suggestions],
  );

  const lookups = useMemo(
    () => ({
      entityTypes: new Map(schema.entityTypes.map((t) => [t.id, t])),
      stances: new Map(schema.stanceLabels.map((s) => [s.key, s])),
      claims: new Map((claimCatalog.data ?? []).map((c) => [c.id, c])),
      entities: new Map((entityCatalog.data ?? []).map((e) => [e.id, e])),
    }),
    [schema, claimCatalog.data, entityCatalog.data],
  );
  const rejectSuggestion = useCallback((key: string) => setRejected((previous) => new Set(previous).add(key)), []);

  // One object whose identity changes only when something in it does: the panel, header and
  // legend render from a copy of it taken after each paint (see Workspace).
  return useMemo(
    () => ({
      document,
      project,
      schema,
      layout,
      writer,
      history,
      containerRef,
      surfaceRef,
      altOnRelease,
      status: annotations.status,
      loadError: annotations.error,
      spans,
      documentLabels: cached?.documentLabels ?? noLabels,
      /** Submitted and skipped documents are closed to changes. */
      readOnly: cached?.status === "submitted" || cached?.status === "skipped",
      suggestions,
      targets,
      selection,
      setSelection,
      selectedSpan,
      selectedSuggestion,
      rejectSuggestion,
      pickingClaimantFor,
      setPickingClaimantFor,
      lookups,
      claimCatalog: claimCatalog.data ?? noClaims,
    }),
    [
      document, project, schema, layout, writer, history, annotations.status, annotations.error, spans, cached,
      suggestions, targets, selection, selectedSpan, selectedSuggestion, rejectSuggestion, pickingClaimantFor, lookups,
      claimCatalog.data,
    ],
  );
}

export type WorkspaceModel = ReturnType<typeof useWorkspaceModel>;
