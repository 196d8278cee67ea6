"use client";

import { type FormEvent, useRef, useState } from "react";
import { formatBytes } from "@/lib/client/format-bytes";
import {
  exportFormatInfo,
  exportFormats,
  type ExportFormat,
  type ExportSetChoice,
  type ExportStatusFilter,
} from "@/lib/server/export/export-formats";
import { downloadWithProgress } from "./download-with-progress";

const setLabels: Record<ExportSetChoice, string> = {
  gold: "Gold (adjudicated)",
  annotators: "Each annotator's submitted work",
  all: "Gold and annotators",
};

type State =
  | { phase: "idle" }
  | { phase: "running"; bytes: number }
  | { phase: "done"; fileName: string; bytes: number }
  | { phase: "failed"; message: string };

const inputClass = "w-full rounded-md border border-slate-300 px-3 py-2";

export function ExportForm({ projectId, languages }: { projectId: number; languages: string[] }) {
  const [format, setFormat] = useState<ExportFormat>("jsonl");
  const [set, setSet] = useState<ExportSetChoice>("gold");
  const [status, setStatus] = useState<"" | ExportStatusFilter>("");
  const [language, setLanguage] = useState("");
  const [from, setFrom] = useState("");
  const [to, setTo] = useState("");
  const [state, setState] = useState<State>({ phase: "idle" });
  const abort = useRef<AbortController | null>(null);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const query = new URLSearchParams({ format, set });
    for (const [key, value] of Object.entries({ status, language, from, to })) if (value) query.set(key, value);
    abort.current = new AbortController();
    setState({ phase: "running", bytes: 0 });
    try {
      const done = await downloadWithProgress(
        `/api/projects/${projectId}/export?${query}`,
        (bytes) => setState({ phase: "running", bytes }),
        abort.current.signal,
      );
      setState({ phase: "done", ...done });
    } catch (error) {
      const aborted = error instanceof DOMException && error.name === "AbortError";
      setState({ phase: "failed", message: aborted ? "Export cancelled." : error instanceof Error ? error.message : String(error) });
    }
  }

  const running = state.phase === "running";
  return (
    <form onSubmit={onSubmit} className="space-y-6">
      <fieldset className="space-y-2" disabled={running}>
        <legend className="mb-2 text-sm font-medium">Format</legend>
        {exportFormats.map((key) => (
          <label key={key} className="flex items-start gap-3 rounded-md border border-slate-200 bg-white p-3 text-sm has-[:checked]:border-indigo-500">
            <input type="radio" name="format" value={key} checked={format === key} onChange={() => setFormat(key)}
              className="mt-1 accent-indigo-600" />
            <span>
              <span className="font-medium">{exportFormatInfo[key].label}</span>{" "}
              <span className="text-slate-500">(.{exportFormatInfo[key].extension})</span>
              <span className="block text-slate-600">{exportFormatInfo[key].description}</span>
            </span>
          </label>
        ))}
      </fieldset>

      <fieldset className="grid gap-4 sm:grid-cols-2" disabled={running}>
        <legend className="mb-2 text-sm font-medium">Annotations and documents</legend>
        <div className="space-y-1">
          <label htmlFor="export-set" className="block text-sm font-medium">Annotation set</label>
          <select id="export-set" value={set} onChange={(e) => setSet(e.target.value as ExportSetChoice)} className={inputClass}>
            {(Object.keys(setLabels) as ExportSetChoice[]).map((key) => <option key={key} value={key}>{setLabels[key]}</option>)}
          </select>
        </div>
        <div className="space-y-1">
          <label htmlFor="export-status" className="block text-sm font-medium">Status</label>
          <select id="export-status" value={status} onChange={(e) => setStatus(e.target.value as "" | ExportStatusFilter)} className={inputClass}>
            <option value="">Any document</option>
            <option value="submitted">Submitted by an annotator</option>
            <option value="adjudicated">Adjudicated</option>
          </select>
        </div>
        <div className="space-y-1">
          <label htmlFor="export-language" className="block text-sm font-medium">Language</label>
          <select id="export-language" value={language} onChange={(e) => setLanguage(e.target.value)} className={inputClass}>
            <option value="">All languages</option>
            {languages.map((tag) => <option key={tag} value={tag}>{tag}</option>)}
          </select>
        </div>
        <div className="grid grid-cols-2 gap-2">
          <div className="space-y-1">
            <label htmlFor="export-from" className="block text-sm font-medium">Published from</label>
            <input id="export-from" value={from} onChange={(e) => setFrom(e.target.value)} placeholder="2022-10"
              pattern="\d{4}(-\d{2}(-\d{2})?)?" aria-describedby="export-date-help" className={inputClass} />
          </div>
          <div className="space-y-1">
            <label htmlFor="export-to" className="block text-sm font-medium">Published to</label>
            <input id="export-to" value={to} onChange={(e) => setTo(e.target.value)} placeholder="2022-12"
              pattern="\d{4}(-\d{2}(-\d{2})?)?" aria-describedby="export-date-help" className={inputClass} />
          </div>
          <p id="export-date-help" className="col-span-2 text-xs text-slate-500">
            Year, month or day (2022, 2022-10, 2022-10-05); both ends included.
          </p>
        </div>
      </fieldset>

      <div className="flex items-center gap-4">
        <button type="submit" disabled={running}
          className="rounded-md bg-indigo-600 px-4 py-2 font-medium text-white hover:bg-indigo-700 disabled:opacity-60">
          Export
        </button>
        {running && (
          <button type="button" onClick={() => abort.current?.abort()} className="rounded-md border border-slate-300 px-3 py-2 text-sm">
            Cancel
          </button>
        )}
        <p role="status" aria-live="polite" className="text-sm text-slate-700">
          {state.phase === "running" && `Exporting… ${formatBytes(state.bytes)} received`}
          {state.phase === "done" && `Saved ${state.fileName} (${formatBytes(state.bytes)}).`}
        </p>
      </div>
      {running && <progress aria-label="Export progress" className="w-full" />}
      {state.phase === "failed" && <p role="alert" className="text-sm text-red-700">{state.message}</p>}
    </form>
  );
}
