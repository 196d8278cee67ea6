"use client";

import * as Plot from "@observablehq/plot";
import { type ReactNode, useEffect, useRef, useState } from "react";
import { downloadPng, downloadSvg } from "./chart-download";

/** A chart's Plot options for a given width, so one description serves the page and the download. */
export type PlotSpec = (width: number) => Plot.PlotOptions;

export interface DataLink {
  label: string;
  href: string;
}

const buttonClass = "rounded-md border border-slate-300 bg-white px-2.5 py-1 text-xs font-medium hover:bg-slate-50";

function toSvg(element: Element): SVGSVGElement {
  const svg = element instanceof SVGSVGElement ? element : element.querySelector("svg");
  if (!svg) throw new Error("The chart drew no SVG.");
  return svg;
}

/**
 * A titled card with a chart and its downloads: SVG and PNG of the chart, and links to its data.
 * The image files are drawn from `spec` at the width on screen, also when `children` draw the page's.
 */
export function ChartCard({
  id,
  title,
  description,
  fileName,
  spec,
  dataLinks = [],
  status,
  children,
  footer,
}: {
  id: string;
  title: string;
  description?: ReactNode;
  fileName: string;
  spec: PlotSpec | null;
  dataLinks?: DataLink[];
  /** Loading, error or empty notice, above the chart. */
  status?: ReactNode;
  /** Drawn instead of `spec` on the page. */
  children?: ReactNode;
  footer?: ReactNode;
}) {
  const frame = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(0);
  const [failure, setFailure] = useState<string | null>(null);

  useEffect(() => {
    const element = frame.current;
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setWidth(Math.floor(entry.contentRect.width));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  async function save(kind: "svg" | "png") {
    if (!spec || width === 0) return;
    setFailure(null);
    try {
      const svg = toSvg(Plot.plot(spec(width)));
      if (kind === "svg") downloadSvg(svg, fileName);
      else await downloadPng(svg, fileName);
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error));
    }
  }

  return (
    <section aria-labelledby={`${id}-heading`} className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm [contain:content]">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="max-w-3xl">
          <h3 id={`${id}-heading`} className="text-base font-semibold">{title}</h3>
          {description && <p className="mt-0.5 text-sm text-slate-600">{description}</p>}
        </div>
        <div role="group" aria-label={`Download ${title}`} className="flex flex-wrap gap-2">
          <button type="button" className={buttonClass} disabled={!spec} onClick={() => save("svg")}>SVG</button>
          <button type="button" className={buttonClass} disabled={!spec} onClick={() => save("png")}>PNG</button>
          {dataLinks.map((link) => (
            <a key={link.label} href={link.href} download className={buttonClass}>{link.label}</a>
          ))}
        </div>
      </div>
      {failure && <p role="alert" className="mt-2 text-sm text-red-700">{failure}</p>}
      {status}
      <div ref={frame} className="mt-4">
        {children ?? (spec && width > 0 ? <PlotFigure spec={spec} width={width} label={title} /> : null)}
      </div>
      {footer}
    </section>
  );
}

/** Plot draws into a detached element; React only owns the box it goes in. */
export function PlotFigure({ spec, width, label }: { spec: PlotSpec; width: number; label: string }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const chart = Plot.plot(spec(width));
    element.replaceChildren(chart);
    return () => chart.remove();
  }, [spec, width]);
  return <div ref={box} role="img" aria-label={label} className="overflow-x-auto" />;
}
