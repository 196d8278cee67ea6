"use client";

import { type CSSProperties, memo } from "react";
import { type PaintItem, type PaintStyle, underlineOffset } from "@/lib/client/workspace/paint-model";
import { locateCodePoint, type TextLayout } from "@/lib/client/workspace/text-layout";

/** A mark clipped to one paragraph, in UTF-16 units of the paragraph's text. */
export interface LocalMark {
  name: string;
  from: number;
  to: number;
}

/** Splits marks by paragraph; a mark across a paragraph break is drawn in each paragraph it covers. */
export function marksByParagraph(layout: TextLayout, items: readonly PaintItem[]): LocalMark[][] {
  const byParagraph: LocalMark[][] = layout.paragraphs.map(() => []);
  for (const item of items) {
    const from = locateCodePoint(layout, item.start, "start");
    const to = locateCodePoint(layout, item.end, "end");
    if (!from || !to) continue;
    for (let p = from.paragraph; p <= to.paragraph; p++) {
      const start = p === from.paragraph ? from.u16 : 0;
      const end = p === to.paragraph ? to.u16 : (layout.paragraphs[p]?.text.length ?? 0);
      if (end > start) byParagraph[p]?.push({ name: item.name, from: start, to: end });
    }
  }
  return byParagraph;
}

/** Room under the text for the lowest underline track. */
const underlineRoom = 14;

function segmentStyle(names: readonly string[], styles: Map<string, PaintStyle>): CSSProperties {
  const layers: { image: string; size: string; position: string }[] = [];
  for (const name of names) {
    const style = styles.get(name);
    if (style?.tint) {
      layers.push({
        image: `linear-gradient(${style.tint}, ${style.tint})`,
        size: `100% calc(100% - ${underlineRoom}px)`,
        position: "0 0",
      });
    }
    if (style?.underline) {
      const { color, track, dashed } = style.underline;
      layers.push({
        image: dashed
          ? `repeating-linear-gradient(90deg, ${color} 0 4px, transparent 4px 7px)`
          : `linear-gradient(${color}, ${color})`,
        size: `100% ${dashed ? 1.5 : 2}px`,
        position: `0 calc(100% - ${underlineRoom - underlineOffset(track) - 2}px)`,
      });
    }
  }
  if (layers.length === 0) return {};
  return {
    backgroundImage: layers.map((l) => l.image).join(", "),
    backgroundSize: layers.map((l) => l.size).join(", "),
    backgroundPosition: layers.map((l) => l.position).join(", "),
    backgroundRepeat: "no-repeat",
    paddingBottom: underlineRoom,
  };
}

/** Text pieces between mark boundaries, each with the marks that cover it. */
function segments(text: string, marks: readonly LocalMark[]): { from: number; to: number; names: string[] }[] {
  const cuts = new Set<number>([0, text.length]);
  for (const mark of marks) cuts.add(mark.from).add(mark.to);
  const sorted = [...cuts].sort((a, b) => a - b);
  const pieces: { from: number; to: number; names: string[] }[] = [];
  for (let i = 0; i + 1 < sorted.length; i++) {
    const from = sorted[i]!;
    const to = sorted[i + 1]!;
    const names = marks.filter((m) => m.from <= from && m.to >= to).map((m) => m.name);
    pieces.push({ from, to, names });
  }
  return pieces;
}

interface Props {
  index: number;
  text: string;
  marks: LocalMark[];
  /** Compared instead of `marks`, which are rebuilt on every change. */
  signature: string;
  styles: Map<string, PaintStyle>;
}

/** A paragraph with its marks as inline elements; skipped by layout while off-screen. */
export const SegmentParagraph = memo(
  function SegmentParagraph({ index, text, marks, styles }: Props) {
    return (
      <p data-p={index} dir="auto" className="whitespace-pre-wrap break-words [contain-intrinsic-size:auto_6rem] [content-visibility:auto]">
        {marks.length === 0
          ? text
          : segments(text, marks).map((piece) =>
              piece.names.length === 0 ? (
                text.slice(piece.from, piece.to)
              ) : (
                <span key={piece.from} style={segmentStyle(piece.names, styles)}>
                  {text.slice(piece.from, piece.to)}
                </span>
              ),
            )}
      </p>
    );
  },
  (a, b) => a.signature === b.signature && a.styles === b.styles && a.text === b.text,
);
