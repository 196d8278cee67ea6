"use client";

import { useId, useState } from "react";
import { GuidelinesMarkdown } from "./guidelines-markdown";

/** A Markdown textarea with a preview tab that renders exactly as the overview page will. */
export function GuidelinesEditor({ value, onChange }: { value: string; onChange: (value: string) => void }) {
  const [mode, setMode] = useState<"write" | "preview">("write");
  const id = useId();
  const tabs = [
    { mode: "write", label: "Write" },
    { mode: "preview", label: "Preview" },
  ] as const;
  return (
    <div className="space-y-2">
      <div className="flex items-end justify-between gap-4">
        <label htmlFor={`${id}-text`} className="block text-sm font-medium">
          Guidelines
        </label>
        <div role="tablist" aria-label="Guidelines view" className="flex gap-1 rounded-md bg-slate-100 p-0.5 text-sm">
          {tabs.map((tab) => (
            <button
              key={tab.mode}
              type="button"
              role="tab"
              id={`${id}-${tab.mode}-tab`}
              aria-selected={mode === tab.mode}
              aria-controls={`${id}-${tab.mode}`}
              onClick={() => setMode(tab.mode)}
              className={`rounded px-3 py-1 ${mode === tab.mode ? "bg-white font-medium text-slate-900 shadow-sm" : "text-slate-600 hover:text-slate-900"}`}
            >
              {tab.label}
            </button>
          ))}
        </div>
      </div>
      <div role="tabpanel" id={`${id}-write`} aria-labelledby={`${id}-write-tab`} hidden={mode !== "write"}>
        <textarea
          id={`${id}-text`}
          value={value}
          onChange={(e) => onChange(e.target.value)}
          rows={14}
          maxLength={200_000}
          aria-describedby={`${id}-hint`}
          className="w-full rounded-md border border-slate-300 px-3 py-2 font-mono text-sm"
        />
        <p id={`${id}-hint`} className="text-xs text-slate-500">
          Markdown: # headings, **bold**, *italic*, lists, [links](https://example.org). HTML is not rendered.
        </p>
      </div>
      <div
        role="tabpanel"
        id={`${id}-preview`}
        aria-labelledby={`${id}-preview-tab`}
        hidden={mode !== "preview"}
        className="min-h-40 rounded-md border border-slate-200 bg-slate-50 p-4"
      >
        {value.trim() ? <GuidelinesMarkdown markdown={value} /> : <p className="text-sm text-slate-500">Nothing to preview yet.</p>}
      </div>
    </div>
  );
}
