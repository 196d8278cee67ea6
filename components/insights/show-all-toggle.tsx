"use client";

/** Under a chart cut to its top rows: how many it shows, and the switch to all of them and back. */
export function ShowAllToggle({
  total,
  top,
  noun,
  chart,
  showAll,
  onChange,
}: {
  total: number;
  top: number;
  noun: string;
  /** The chart's title, so each such button on the page has a name of its own. */
  chart: string;
  showAll: boolean;
  onChange: (showAll: boolean) => void;
}) {
  if (total <= top) return null;
  return (
    <p className="mt-3 flex flex-wrap items-center gap-3 text-sm text-slate-600">
      {showAll ? `All ${total} ${noun}.` : `The top ${top} of ${total} ${noun}.`}
      <button
        type="button"
        aria-label={`${showAll ? `Show the top ${top}` : `Show all ${total}`} ${noun} in ${chart}`}
        className="rounded-md border border-slate-300 bg-white px-2.5 py-1 text-xs font-medium hover:bg-slate-50"
        onClick={() => onChange(!showAll)}
      >
        {showAll ? `Show the top ${top}` : `Show all ${total}`}
      </button>
    </p>
  );
}
