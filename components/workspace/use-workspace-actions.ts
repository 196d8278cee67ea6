"use client";

import { useLayoutEffect, useMemo, useRef } from "react";
import { snapToWordBoundaries } from "@/lib/domain/annotation/snap-to-words";
import type { NewSpan, Span, SpanChanges, Suggestion } from "@/lib/client/workspace/api-types";
import { selectionOffsets } from "@/lib/client/workspace/offset-bridge";
import { type DecidedSuggestion, recommendedLabel, type RecordedDecision } from "@/lib/client/workspace/suggestion-decisions";
import { stepTarget, suggestionKey } from "@/lib/client/workspace/targets";
import { paragraphWindow, quoteOf } from "@/lib/client/workspace/text-layout";
import { batchCommand, type Command } from "@/lib/client/workspace/undo-stack";
import type { WorkspaceModel } from "./use-workspace-model";

/** The fields of `span` that `changes` touches, as they are now: what undo puts back. */
function previousValues(span: Span, changes: SpanChanges): SpanChanges {
  return Object.fromEntries(Object.keys(changes).map((key) => [key, span[key as keyof SpanChanges]])) as SpanChanges;
}

/**
 * Every change the user can make; each is applied at once, saved, and recorded for undo. One
 * object for the workspace's life, acting on the model as last rendered, so that what holds it
 * (the panel, through context) need not render again when the model changes.
 */
export function useWorkspaceActions(model: WorkspaceModel) {
  const latest = useRef(model);
  useLayoutEffect(() => {
    latest.current = model;
  });
  return useMemo(() => workspaceActions(() => latest.current), []);
}

const isClaim = (s: Suggestion) => s.source !== "alias" && s.layer === "claim";

function workspaceActions(current: () => WorkspaceModel) {
  const { writer, history, layout, project, document, surfaceRef } = current();

  function createCommand(draft: NewSpan): { span: Span; command: Command } {
    const span = writer.create(draft);
    let snapshot = span;
    const command: Command = {
      label: `mark “${draft.quote}”`,
      undo: () => {
        snapshot = writer.remove(span.id) ?? snapshot;
      },
      redo: () => writer.restore(span.id, snapshot),
    };
    return { span, command };
  }

  /** Word snapping within the selected paragraphs only: a long document costs no more. */
  function snapToWords(start: number, end: number): { start: number; end: number } | null {
    const window = paragraphWindow(layout, start, end);
    const snapped = snapToWordBoundaries(window.text, start - window.cpStart, end - window.cpStart, document.language);
    return snapped && { start: snapped.start + window.cpStart, end: snapped.end + window.cpStart };
  }

  /** A recommender's suggestion rejected is recorded, for the measure of its help. */
  function recordRejection(s: Suggestion): void {
    if (s.source !== "recommender") return;
    const { entityTypes } = current().lookups;
    writer.decisions.record(s, recommendedLabel(s, (id) => entityTypes.get(id)?.key), "rejected");
  }

  /**
   * A recommendation accepted is recorded with the change that accepts it; undoing the change
   * withdraws the record and redoing it records it again.
   */
  function recordingAcceptance(command: Command, suggestion: DecidedSuggestion, label: string): Command {
    const record = () => writer.decisions.record(suggestion, label, "accepted");
    let recorded: RecordedDecision | null = record();
    return {
      label: command.label,
      undo: () => {
        command.undo();
        recorded?.withdraw();
        recorded = null;
      },
      redo: () => {
        command.redo();
        recorded = record();
      },
    };
  }

  /** The change that creates a span from the suggestion, recorded as an acceptance where a recommender made it. */
  function acceptanceCommand(s: Suggestion): { span: Span; command: Command } {
    const { span, command } = createCommand(suggestionDraft(s));
    if (s.source !== "recommender") return { span, command };
    const { entityTypes } = current().lookups;
    return { span, command: recordingAcceptance(command, s, recommendedLabel(s, (id) => entityTypes.get(id)?.key)) };
  }

  function changeCommand(span: Span, changes: SpanChanges): Command {
    const before = previousValues(span, changes);
    writer.update(span.id, changes);
    return {
      label: "change",
      undo: () => writer.update(span.id, before),
      redo: () => writer.update(span.id, changes),
    };
  }

  function suggestionDraft(s: Suggestion): NewSpan {
    const position = { start: s.start, end: s.end, quote: s.quote, origin: "suggestion" as const };
    if (s.source === "alias") return { ...position, layer: "entity", entityTypeId: s.entityTypeId, entityId: s.entityId };
    if (s.source === "recommender") {
      return s.layer === "entity"
        ? { ...position, layer: "entity", entityTypeId: s.entityTypeId, entityId: s.entityId }
        : { ...position, layer: "claim", claimId: s.claimId };
    }
    const source = { ...position, note: s.note, sourceAnnotationIds: [s.id] };
    return s.layer === "entity"
      ? { ...source, layer: "entity", entityTypeId: s.entityTypeId, entityId: s.entityId }
      : {
          ...source, layer: "claim", claimId: s.claimId, stance: s.stance, claimantEntityId: s.claimantEntityId,
          claimantMentionId: s.claimantMention ? (writer.entityAt(s.claimantMention.start, s.claimantMention.end)?.id ?? null) : null,
        };
  }

  /**
   * Accepts the suggestions as one step that one undo takes back; entities first, so that the
   * claims naming one of them as their claimant link the new span.
   */
  function acceptAll(suggestions: readonly Suggestion[]): number {
    const ordered = [...suggestions].sort((a, b) => Number(isClaim(a)) - Number(isClaim(b)));
    const commands = ordered.map((s) => acceptanceCommand(s).command);
    if (commands.length > 0) history.push(batchCommand(`${commands.length} suggestions`, commands));
    current().setSelection(null);
    return commands.length;
  }

  return {
    /** Marks the text selection; snaps to whole words unless the project says not to or `exact`. */
    markSelection(layer: "entity" | "claim", entityTypeId: number | null, exact: boolean): boolean {
      const model = current();
      const surface = surfaceRef.current;
      const offsets = surface && selectionOffsets(surface, window.getSelection());
      if (!offsets) return false;
      const range = project.settings.snapToWords && !exact ? snapToWords(offsets.start, offsets.end) : offsets;
      if (!range || range.end <= range.start) return false;
      const { start, end } = range;
      const quote = quoteOf(layout, start, end);
      if (quote.trim() === "") return false;
      const { span, command } = createCommand({ layer, start, end, quote, ...(layer === "entity" ? { entityTypeId } : {}) });
      history.push(command);
      window.getSelection()?.removeAllRanges();
      model.setSelection({ kind: "span", id: span.id });
      return true;
    },

    changeSpan(span: Span, changes: SpanChanges): void {
      history.push(changeCommand(span, changes));
    },

    /** A claim or stance the recommenders offered for a claim span, taken. */
    takeClaimSpanRecommendation(span: Span, changes: SpanChanges, recommendation: { recommender: "claim-matching" | "stance-prior"; score: number; label: string }): void {
      const { recommender, score, label } = recommendation;
      const suggestion: DecidedSuggestion = { recommender, layer: "claim", start: span.start, end: span.end, quote: span.quote, score };
      history.push(recordingAcceptance(changeCommand(span, changes), suggestion, label));
    },

    deleteSpan(span: Span): void {
      let snapshot = writer.remove(span.id) ?? span;
      history.push({
        label: `removal of “${span.quote}”`,
        undo: () => writer.restore(span.id, snapshot),
        redo: () => {
          snapshot = writer.remove(span.id) ?? snapshot;
        },
      });
      current().setSelection(null);
    },

    acceptSuggestion(suggestion: Suggestion): void {
      const { span, command } = acceptanceCommand(suggestion);
      history.push(command);
      current().setSelection({ kind: "span", id: span.id });
    },

    /** Every open alias suggestion of the entity. */
    acceptAllOf(entityId: number): number {
      return acceptAll(current().suggestions.filter((s) => s.source === "alias" && s.entityId === entityId));
    },

    /** Every open recommender suggestion scoring at least `minScore`. */
    acceptAllRecommendedFrom(minScore: number): number {
      return acceptAll(current().suggestions.filter((s) => s.source === "recommender" && s.score >= minScore));
    },

    /** Every open pre-annotation. */
    acceptAllImported(): number {
      return acceptAll(current().suggestions.filter((s) => s.source === "preannotation"));
    },

    /** Hides the suggestion for this session and moves on to the next mark. */
    rejectSuggestion(suggestion: Suggestion): void {
      const model = current();
      const key = suggestionKey(suggestion);
      recordRejection(suggestion);
      model.setSelection(stepTarget(model.targets(), { kind: "suggestion", key }, 1));
      model.rejectSuggestion(key);
    },

    setDocumentStance(claimId: number, stance: string | null): void {
      const before = current().documentLabels.find((label) => label.claimId === claimId)?.stance ?? null;
      writer.setDocumentLabel(claimId, stance);
      history.push({
        label: "document stance",
        undo: () => writer.setDocumentLabel(claimId, before),
        redo: () => writer.setDocumentLabel(claimId, stance),
      });
    },
  };
}

export type WorkspaceActions = ReturnType<typeof workspaceActions>;
