import type { ReactNode } from "react";
import { readingFont } from "../text/reading-font";

/** The top of a mark's panel: what it is, its quote, and its actions. */
export function MarkHeading({ kind, color, quote, children }: { kind: string; color: string; quote: string; children?: ReactNode }) {
  return (
    <div className="space-y-2">
      <div className="flex items-center gap-2">
        <span aria-hidden className="size-2.5 rounded-full" style={{ backgroundColor: color }} />
        <h2 className="text-xs font-semibold uppercase tracking-wide text-slate-500">{kind}</h2>
        <div className="ml-auto flex gap-1">{children}</div>
      </div>
      <blockquote dir="auto" className={`${readingFont} line-clamp-4 border-l-2 border-slate-200 pl-3 text-[0.9375rem] leading-6 text-slate-800`}>
        {quote}
      </blockquote>
    </div>
  );
}

export const smallButton =
  "rounded-md border border-slate-300 bg-white px-2 py-1 text-xs font-medium text-slate-700 hover:bg-slate-50 disabled:opacity-50";
