"use client";

import { type ReactNode, useState } from "react";

/** A readable column with a serif/sans switch; the text itself is rendered by the server. */
export function ReadingView({ children, lang }: { children: ReactNode; lang?: string }) {
  const [serif, setSerif] = useState(true);
  return (
    <div className="max-w-[70ch] space-y-4">
      <div className="flex justify-end">
        <button
          type="button"
          aria-pressed={serif}
          onClick={() => setSerif((current) => !current)}
          className="rounded-md border border-slate-300 bg-white px-3 py-1 text-sm text-slate-700 hover:bg-slate-50 aria-pressed:bg-slate-100"
        >
          Serif font
        </button>
      </div>
      <div lang={lang} className={`space-y-5 text-lg leading-relaxed text-slate-900 ${serif ? "font-serif" : "font-sans"}`}>
        {children}
      </div>
    </div>
  );
}
