import { Kbd } from "@/components/workspace/keyboard/kbd";
import { statusLooks } from "./review-paint";

/** The keys and colours of the review, always in view. */
export function ReviewLegend() {
  const keys: [string[], string][] = [
    [["j", "k", "Tab"], "next / previous candidate"],
    [["1", "…", "9"], "accept annotator N"],
    [["x"], "reject"],
    [["u"], "undo"],
    [["Enter"], "finish review"],
  ];
  return (
    <footer aria-label="Keyboard shortcuts" className="flex flex-wrap items-center gap-x-5 gap-y-1 border-t border-slate-200 bg-white px-4 py-1.5 text-xs text-slate-600">
      {keys.map(([combo, what]) => (
        <span key={what} className="inline-flex items-center gap-1">
          {combo.map((key) => (key === "…" ? <span key={key}>…</span> : <Kbd key={key}>{key}</Kbd>))} {what}
        </span>
      ))}
      <span className="ml-auto inline-flex items-center gap-3">
        {Object.values(statusLooks).map((look) => (
          <span key={look.label} className="inline-flex items-center gap-1">
            <span aria-hidden className="h-2.5 w-2.5 rounded-full" style={{ background: look.color }} /> {look.label}
          </span>
        ))}
        <span className="inline-flex items-center gap-1">
          <span className="underline decoration-slate-900 decoration-2 underline-offset-2">Gold span</span>
        </span>
      </span>
    </footer>
  );
}
