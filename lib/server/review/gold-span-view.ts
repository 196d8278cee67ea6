import "server-only";
import { type SpanRow, type SpanView, toSpanView } from "@/lib/server/annotations/span-view";

/** A gold span, with the annotator spans it was adjudicated from. */
export interface GoldSpanView extends SpanView {
  sourceAnnotationIds: number[];
}

export function toGoldSpanView(row: SpanRow): GoldSpanView {
  return { ...toSpanView(row), sourceAnnotationIds: row.sourceAnnotationIds ?? [] };
}
