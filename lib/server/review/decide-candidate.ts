import "server-only";
import { getDb } from "@/db/client";
import type { AnnotationLayer } from "@/db/schema";
import { versionKeysOf } from "@/lib/domain/adjudication/build-adjudication-candidates";
import { requireSpanMatchesText, requireValidSpanFields, type SpanFields } from "@/lib/server/annotations/check-span-fields";
import type { SpanRow } from "@/lib/server/annotations/span-view";
import type { Caller } from "@/lib/server/auth/caller";
import { AppError, notFound } from "@/lib/server/errors";
import { type GoldSpanView, toGoldSpanView } from "./gold-span-view";
import { goldMentionFor, insertGoldSpan } from "./insert-gold-span";
import { readReviewState, requireOpenReview } from "./read-review-state";
import { requireReviewAccess } from "./review-access";

export interface GoldSpanInput extends Partial<SpanFields> {
  /** Accept this annotator span's version; the other fields, when given, edit it. */
  fromAnnotationId?: number;
  layer?: AnnotationLayer;
  start?: number;
  end?: number;
  quote?: string;
  note?: string;
}

const fieldNames = ["layer", "entityTypeId", "entityId", "claimId", "stance", "claimantEntityId", "claimantMentionId"] as const;

/**
 * A reviewer decides a candidate by writing a gold span: an annotator's version as it is
 * (`fromAnnotationId` alone), edited (with other fields), or a new span (no `fromAnnotationId`).
 * Its provenance lists every submitted annotator span identical to it, and the accepted one.
 */
export async function createGoldSpan(options: { caller: Caller; documentId: number; input: GoldSpanInput }): Promise<GoldSpanView> {
  const { caller, documentId, input } = options;
  return getDb().transaction(async (tx) => {
    const { document } = await requireReviewAccess(caller, documentId);
    const state = await readReviewState(tx, documentId);
    requireOpenReview(state.review);
    const annotatorSpans = [...state.spansByAnnotator.values()].flat();
    const from = input.fromAnnotationId === undefined ? undefined : annotatorSpans.find((s) => s.id === input.fromAnnotationId);
    if (input.fromAnnotationId !== undefined && !from) throw notFound("Submitted annotator span");
    const draft = mergeDraft(input, from, state.gold, annotatorSpans);
    requireSpanMatchesText(document.text, draft);
    const scope = { projectId: document.projectId, documentId, authorId: caller.id };
    await requireValidSpanFields(tx, scope, { ...draft, claimantMentionId: null });
    const mention = state.gold.find((g) => g.id === draft.claimantMentionId);
    if (draft.claimantMentionId !== null && mention?.layer !== "entity") {
      throw new AppError("unprocessable", `Span ${draft.claimantMentionId} is not a gold entity span of this document`, {
        problems: [{ field: "claimantMentionId", message: "not a gold entity span of this document" }],
      });
    }
    const key = versionKeysOf([...state.gold, { ...draft, id: 0 }]).get(0)!;
    const goldKeys = versionKeysOf(state.gold);
    if (state.gold.some((g) => goldKeys.get(g.id) === key)) {
      throw new AppError("conflict", "The gold set already holds this span");
    }
    const sources = new Set<number>(from ? [from.id] : []);
    for (const spans of state.spansByAnnotator.values()) {
      for (const [spanId, spanKey] of versionKeysOf(spans)) if (spanKey === key) sources.add(spanId);
    }
    const row = await insertGoldSpan(
      tx,
      { projectId: document.projectId, documentId, reviewerId: caller.id },
      { ...draft, sourceAnnotationIds: [...sources] },
    );
    return toGoldSpanView(row);
  });
}

function mergeDraft(input: GoldSpanInput, from: SpanRow | undefined, gold: readonly SpanRow[], annotatorSpans: readonly SpanRow[]) {
  const base: Partial<SpanFields> & { start?: number; end?: number; quote?: string; note?: string } = {};
  if (from) {
    for (const field of fieldNames) Object.assign(base, { [field]: from[field] });
    Object.assign(base, { start: from.start, end: from.end, quote: from.quote, note: "" });
    const mention = annotatorSpans.find((s) => s.id === from.claimantMentionId);
    base.claimantMentionId = goldMentionFor(gold, mention);
  }
  const merged = { ...base, ...definedOnly(input) };
  const { layer, start, end, quote } = merged;
  if (layer === undefined || start === undefined || end === undefined || quote === undefined) {
    throw new AppError("bad_request", "A new gold span needs layer, start, end and quote (or fromAnnotationId)");
  }
  return {
    layer,
    start,
    end,
    quote,
    note: merged.note ?? "",
    entityTypeId: merged.entityTypeId ?? null,
    entityId: merged.entityId ?? null,
    claimId: merged.claimId ?? null,
    stance: merged.stance ?? null,
    claimantEntityId: merged.claimantEntityId ?? null,
    claimantMentionId: merged.claimantMentionId ?? null,
  };
}

function definedOnly(input: GoldSpanInput): Omit<GoldSpanInput, "fromAnnotationId"> {
  const { fromAnnotationId: _, ...rest } = input;
  return Object.fromEntries(Object.entries(rest).filter(([, value]) => value !== undefined));
}
