import { outcomeLooks } from "./feedback-paint";

/** How the text is marked, always in view. */
export function FeedbackLegend() {
  return (
    <footer aria-label="Legend" className="flex flex-wrap items-center gap-x-5 gap-y-1 border-t border-slate-200 bg-white px-4 py-1.5 text-xs text-slate-600">
      <span className="underline decoration-slate-900 decoration-2 underline-offset-2">Gold span</span>
      <span className="underline decoration-indigo-600 decoration-dashed decoration-2 underline-offset-4">Your span</span>
      {Object.values(outcomeLooks).map((look) => (
        <span key={look.label} className="inline-flex items-center gap-1">
          <span aria-hidden className="h-2.5 w-2.5 rounded-full" style={{ background: look.color }} /> {look.label}: {look.help}
        </span>
      ))}
    </footer>
  );
}
