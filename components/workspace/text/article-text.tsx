"use client";

import { type HTMLAttributes, memo, type RefObject, useLayoutEffect, useMemo } from "react";
import { type PaintItem, type PaintStyle, underlineOffset } from "@/lib/client/workspace/paint-model";
import type { TextSurface } from "@/lib/client/workspace/offset-bridge";
import type { TextLayout } from "@/lib/client/workspace/text-layout";
import { readingFont } from "./reading-font";
import type { RenderMode } from "./render-mode";
import { type LocalMark, marksByParagraph, SegmentParagraph } from "./segment-paragraph";
import { highlightCss, useHighlightPaint } from "./use-highlight-paint";

interface Props {
  layout: TextLayout;
  mode: RenderMode;
  /** Marks in groups that change independently: spans, suggestions, the selection. */
  groups: readonly (readonly PaintItem[])[];
  styles: Map<string, PaintStyle>;
  containerRef: RefObject<HTMLDivElement | null>;
  /** Set to the text's surface (container and layout) once it is in the page. */
  surfaceRef: RefObject<TextSurface | null>;
  language: string;
  /** Focus, keyboard and pointer handling of the text, set by the pane around it. */
  textProps: HTMLAttributes<HTMLDivElement>;
}

/** Plain paragraphs: one text node each, never re-rendered; highlights paint over them. */
const PlainParagraphs = memo(function PlainParagraphs({ layout }: { layout: TextLayout }) {
  return layout.paragraphs.map((paragraph) => (
    <p key={paragraph.index} data-p={paragraph.index} dir="auto" className="whitespace-pre-wrap break-words [contain-intrinsic-size:auto_6rem] [content-visibility:auto]">
      {paragraph.text}
    </p>
  ));
});

/** One group's marks split by paragraph, with a signature per paragraph to compare renders by. */
interface SplitMarks {
  marks: LocalMark[][];
  signatures: string[];
}

function splitMarks(layout: TextLayout, items: readonly PaintItem[]): SplitMarks {
  const marks = marksByParagraph(layout, items);
  return { marks, signatures: marks.map((local) => local.map((m) => `${m.name}:${m.from}:${m.to}`).join(",")) };
}

function SegmentParagraphs({ layout, groups, styles }: Pick<Props, "layout" | "groups" | "styles">) {
  // Each group is split once per change of that group: moving the selection re-splits one mark,
  // not the 2,000 spans. Unchanged paragraphs keep their signature and skip rendering.
  const splits = useMemo(() => new WeakMap<readonly PaintItem[], SplitMarks>(), [layout]);
  const split = groups.map((items) => {
    let known = splits.get(items);
    if (!known) splits.set(items, (known = splitMarks(layout, items)));
    return known;
  });
  useLayoutEffect(() => void performance.mark("cd:marks-painted"), [groups]);
  return layout.paragraphs.map((paragraph) => {
    const p = paragraph.index;
    return (
      <SegmentParagraph
        key={p}
        index={p}
        text={paragraph.text}
        marks={split.flatMap((group) => group.marks[p] ?? [])}
        signature={split.map((group) => group.signatures[p]).join("|")}
        styles={styles}
      />
    );
  });
}

/**
 * The article, rendered as text (never HTML), one block per paragraph with `dir="auto"` so that
 * right-to-left paragraphs read right. The container's children are exactly the paragraphs: the
 * offset bridge counts on it.
 */
export function ArticleText({ layout, mode, groups, styles, containerRef, surfaceRef, language, textProps }: Props) {
  // Published here, before the painter's effects run (a parent's layout effects run after its children's).
  useLayoutEffect(() => {
    surfaceRef.current = containerRef.current ? { container: containerRef.current, layout } : null;
  }, [surfaceRef, containerRef, layout]);
  useHighlightPaint(surfaceRef, layout, groups, styles, mode === "highlights");
  const css = useMemo(() => (mode === "highlights" ? highlightCss(styles, underlineOffset) : ""), [mode, styles]);
  return (
    <>
      {css && <style>{css}</style>}
      <div
        {...textProps}
        ref={containerRef}
        lang={language === "und" ? undefined : language}
        className={`${textProps.className ?? ""} ${readingFont} space-y-5 text-[1.125rem] leading-[2.15] text-slate-900 selection:bg-indigo-200/70`}
      >
        {mode === "highlights" ? (
          <PlainParagraphs layout={layout} />
        ) : (
          <SegmentParagraphs layout={layout} groups={groups} styles={styles} />
        )}
      </div>
    </>
  );
}
