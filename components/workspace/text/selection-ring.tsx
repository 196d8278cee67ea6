"use client";

import { type RefObject, useEffect, useLayoutEffect, useRef, useState } from "react";
import { rangeForOffsets, type TextSurface } from "@/lib/client/workspace/offset-bridge";

export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

/**
 * The rectangles of the text a range covers. The range's own rectangles would include the whole
 * border box (padding too) of every inline element it holds.
 */
function textRects(range: Range): DOMRect[] {
  const root = range.commonAncestorContainer;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const rects: DOMRect[] = [];
  for (let node = root instanceof Text ? root : walker.nextNode(); node; node = walker.nextNode()) {
    if (!range.intersectsNode(node)) continue;
    const piece = document.createRange();
    piece.selectNodeContents(node);
    if (node === range.startContainer) piece.setStart(node, range.startOffset);
    if (node === range.endContainer) piece.setEnd(node, range.endOffset);
    rects.push(...Array.from(piece.getClientRects()));
    if (root instanceof Text) break;
  }
  return rects;
}

/** One box per line: a range over several inline elements reports a rectangle for each. */
function lineBoxes(rects: DOMRect[], origin: DOMRect): Box[] {
  const lines: Box[] = [];
  for (const rect of rects.filter((r) => r.width > 0).sort((a, b) => a.top - b.top || a.left - b.left)) {
    const box = { left: rect.left - origin.left, top: rect.top - origin.top, width: rect.width, height: rect.height };
    const line = lines.find((l) => Math.abs(l.top + l.height / 2 - (box.top + box.height / 2)) < box.height / 2);
    if (!line) {
      lines.push(box);
      continue;
    }
    const right = Math.max(line.left + line.width, box.left + box.width);
    const bottom = Math.max(line.top + line.height, box.top + box.height);
    line.left = Math.min(line.left, box.left);
    line.top = Math.min(line.top, box.top);
    line.width = right - line.left;
    line.height = bottom - line.top;
  }
  return lines;
}

/**
 * The line boxes of [start, end), relative to the positioned element around the text. Measured in
 * the frame after a change: the selected tint shows at once, and the forced layout of measuring
 * stays out of the key press that made the change.
 */
export function useRangeBoxes(surfaceRef: RefObject<TextSurface | null>, start: number | null, end: number | null, version: unknown): Box[] {
  const [boxes, setBoxes] = useState<Box[]>([]);
  useEffect(() => {
    const surface = surfaceRef.current;
    const frame = surface?.container.parentElement;
    if (!surface || !frame || start === null || end === null) {
      setBoxes([]);
      return;
    }
    const measure = () => {
      const range = rangeForOffsets(surface, start, end);
      const origin = frame.getBoundingClientRect();
      setBoxes(range ? lineBoxes(textRects(range), origin) : []);
    };
    // The observer reports once at once, then on every resize.
    const observer = new ResizeObserver(() => requestAnimationFrame(measure));
    observer.observe(surface.container);
    return () => observer.disconnect();
  }, [surfaceRef, start, end, version]);
  return boxes;
}

/**
 * A focus ring around the selected mark; brought into view when the selection moves. A page opened
 * at a span jumps to it, centred: a smooth scroll through a long article would restart each time
 * a paragraph on the way takes its real height, and crawl for seconds.
 */
export function SelectionRing({ boxes, jumpFirst }: { boxes: Box[]; jumpFirst: boolean }) {
  const first = useRef<HTMLDivElement | null>(null);
  const jumped = useRef(!jumpFirst);
  const firstBox = boxes[0];
  useLayoutEffect(() => {
    if (!first.current) return;
    first.current.scrollIntoView(jumped.current ? { block: "nearest", inline: "nearest" } : { block: "center", behavior: "instant" });
    jumped.current = true;
  }, [firstBox?.top, firstBox?.left]);
  return boxes.map((box, index) => (
    <div
      key={index}
      ref={index === 0 ? first : undefined}
      aria-hidden
      className="pointer-events-none absolute rounded-[3px] ring-2 ring-indigo-500 ring-offset-1 scroll-my-24"
      style={{ left: box.left - 1, top: box.top, width: box.width + 2, height: box.height }}
    />
  ));
}
