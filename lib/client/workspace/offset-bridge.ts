import { locateCodePoint, type TextLayout, toDocumentOffset } from "./text-layout";

/**
 * The one place where DOM positions (UTF-16 units inside text nodes) meet document offsets
 * (code points). `container`'s children are the rendered paragraphs, in order; a paragraph may
 * hold one text node or many (when spans are rendered as elements).
 */
export interface TextSurface {
  container: HTMLElement;
  layout: TextLayout;
}

/** The document offset of a DOM point; points outside the text clamp to its start or end. */
export function domPointToOffset(surface: TextSurface, node: Node, offset: number): number | null {
  const { container, layout } = surface;
  const { paragraphs } = layout;
  const first = paragraphs[0];
  const last = paragraphs.at(-1);
  if (!first || !last) return null;
  if (node === container) {
    return offset < paragraphs.length ? paragraphs[offset]!.cpStart : last.cpEnd;
  }
  if (!container.contains(node)) {
    const before = container.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_PRECEDING;
    return before ? first.cpStart : last.cpEnd;
  }
  const element = node instanceof Element ? node : node.parentElement;
  const paragraphElement = element?.closest<HTMLElement>("[data-p]");
  const paragraph = paragraphs[Number(paragraphElement?.dataset.p)];
  if (!paragraphElement || !paragraph) return null;
  // The text before the point, in UTF-16 units, whatever elements the paragraph holds.
  const before = document.createRange();
  before.setStart(paragraphElement, 0);
  before.setEnd(node, offset);
  return toDocumentOffset(layout, paragraph, before.toString().length);
}

/** Whether text inside `container` is selected (so that a label key would mark it). */
export function hasTextSelectionIn(container: HTMLElement | null): boolean {
  const selection = window.getSelection();
  return Boolean(container && selection && !selection.isCollapsed && selection.rangeCount > 0 && container.contains(selection.anchorNode));
}

/** The current selection as document offsets, or null when it is empty or outside the text. */
export function selectionOffsets(surface: TextSurface, selection: Selection | null): { start: number; end: number } | null {
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (!surface.container.contains(range.commonAncestorContainer) && !range.intersectsNode(surface.container)) return null;
  const start = domPointToOffset(surface, range.startContainer, range.startOffset);
  const end = domPointToOffset(surface, range.endContainer, range.endOffset);
  if (start === null || end === null || end <= start) return null;
  return { start, end };
}

/** The DOM point of a document offset, inside the text node that holds it. */
function offsetToDomPoint(
  surface: TextSurface,
  cp: number,
  edge: "start" | "end",
): { node: Text; offset: number } | null {
  const local = locateCodePoint(surface.layout, cp, edge);
  const paragraphElement = local && surface.container.children[local.paragraph];
  if (!local || !paragraphElement) return null;
  const only = paragraphElement.firstChild;
  if (only instanceof Text && only === paragraphElement.lastChild) return { node: only, offset: Math.min(local.u16, only.length) };
  const walker = document.createTreeWalker(paragraphElement, NodeFilter.SHOW_TEXT);
  let remaining = local.u16;
  let lastText: Text | null = null;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    // A start at a node boundary belongs to the next node, an end to this one.
    if (remaining < node.length || (remaining === node.length && edge === "end")) return { node, offset: remaining };
    remaining -= node.length;
    lastText = node;
  }
  return lastText ? { node: lastText, offset: lastText.length } : null;
}

/** A live Range over document offsets [start, end), for highlights, rings and tooltips. */
export function rangeForOffsets(surface: TextSurface, start: number, end: number): Range | null {
  const from = offsetToDomPoint(surface, start, "start");
  const to = offsetToDomPoint(surface, end, "end");
  if (!from || !to) return null;
  const range = new Range();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  return range.collapsed ? null : range;
}
