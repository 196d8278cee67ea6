import type { ReactNode } from "react";

/** A key as the legend and the buttons show it. */
export function Kbd({ children }: { children: ReactNode }) {
  return (
    <kbd className="inline-flex min-w-5 items-center justify-center rounded border border-slate-300 border-b-2 bg-white px-1 font-sans text-[0.6875rem] font-medium leading-4 text-slate-700">
      {children}
    </kbd>
  );
}
