"use client";

import { useState } from "react";
import { insightIntervals } from "@/lib/domain/insights/insight-periods";
import type { InsightsSet } from "@/lib/domain/insights/insights-filter";
import type { InsightsParams, StanceMeasure } from "./insights-params";
import type { StanceLegendItem } from "./insights-types";

export interface FilterOption {
  value: string;
  label: string;
}

const setLabels: Record<InsightsSet, string> = {
  both: "Gold and annotators",
  gold: "Gold (adjudicated)",
  annotator: "Annotators' submitted work",
};
const intervalLabels: Record<(typeof insightIntervals)[number], string> = { month: "Month", week: "Week", quarter: "Quarter" };
const measureLabels: Record<StanceMeasure, string> = { spans: "Claim spans", documents: "Document stances" };

const fieldClass = "rounded-md border border-slate-300 bg-white px-3 py-2 text-sm";
const labelClass = "block text-sm font-medium";

/** Every control writes to the address at once; the views refetch from it. */
export function InsightsFilters({
  params,
  onChange,
  claims,
  claimants,
  languages,
  stances,
}: {
  params: InsightsParams;
  onChange: (patch: Partial<InsightsParams>) => void;
  claims: FilterOption[];
  claimants: FilterOption[];
  languages: string[];
  stances: StanceLegendItem[];
}) {
  const [copyStatus, setCopyStatus] = useState("");
  const rangeError = params.from && params.to && params.from > params.to ? "“To” is before “From”." : null;

  async function copyLink() {
    try {
      // The clipboard API exists only in secure contexts (https or localhost).
      await navigator.clipboard.writeText(window.location.href);
      setCopyStatus("Link copied.");
    } catch {
      setCopyStatus("Copy the address from the address bar; this browser does not allow copying here.");
    }
    setTimeout(() => setCopyStatus(""), 4000);
  }

  return (
    <form role="search" aria-label="Insights filters" onSubmit={(event) => event.preventDefault()}
      className="space-y-4 rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
      <div className="flex flex-wrap items-end gap-4">
        <div className="space-y-1">
          <label htmlFor="insights-set" className={labelClass}>Annotations</label>
          <select id="insights-set" value={params.set} className={fieldClass}
            onChange={(event) => onChange({ set: event.target.value as InsightsSet })}>
            {(Object.keys(setLabels) as InsightsSet[]).map((set) => <option key={set} value={set}>{setLabels[set]}</option>)}
          </select>
        </div>
        <MultiPicker legend="Claims" allLabel="All claims" options={claims} selected={params.claim}
          onChange={(claim) => onChange({ claim })} />
        <MultiPicker legend="Claimants" allLabel="All claimants" options={claimants} selected={params.claimant}
          onChange={(claimant) => onChange({ claimant })} />
        <MultiPicker legend="Languages" allLabel="All languages" options={languages.map((value) => ({ value, label: value }))}
          selected={params.language} onChange={(language) => onChange({ language })} />
        <div className="space-y-1">
          <label htmlFor="insights-from" className={labelClass}>From</label>
          <input id="insights-from" type="date" value={params.from ?? ""} max={params.to} className={fieldClass}
            onChange={(event) => onChange({ from: event.target.value || undefined })} />
        </div>
        <div className="space-y-1">
          <label htmlFor="insights-to" className={labelClass}>To</label>
          <input id="insights-to" type="date" value={params.to ?? ""} min={params.from} className={fieldClass}
            aria-invalid={rangeError ? true : undefined} aria-describedby={rangeError ? "insights-range-error" : undefined}
            onChange={(event) => onChange({ to: event.target.value || undefined })} />
        </div>
        <div className="space-y-1">
          <label htmlFor="insights-document-stance" className={labelClass}>Document stance</label>
          <select id="insights-document-stance" value={params.documentStance ?? ""} className={fieldClass}
            onChange={(event) => onChange({ documentStance: event.target.value || undefined })}>
            <option value="">Any</option>
            {stances.map((stance) => <option key={stance.key} value={stance.key}>{stance.name}</option>)}
          </select>
        </div>
        <div className="space-y-1">
          <label htmlFor="insights-interval" className={labelClass}>Interval</label>
          <select id="insights-interval" value={params.interval} className={fieldClass}
            onChange={(event) => onChange({ interval: event.target.value as InsightsParams["interval"] })}>
            {insightIntervals.map((interval) => <option key={interval} value={interval}>{intervalLabels[interval]}</option>)}
          </select>
        </div>
        <div className="space-y-1">
          <label htmlFor="insights-measure" className={labelClass}>Count</label>
          <select id="insights-measure" value={params.measure} className={fieldClass}
            onChange={(event) => onChange({ measure: event.target.value as StanceMeasure })}>
            {(Object.keys(measureLabels) as StanceMeasure[]).map((measure) => <option key={measure} value={measure}>{measureLabels[measure]}</option>)}
          </select>
        </div>
      </div>
      {rangeError && <p id="insights-range-error" role="alert" className="text-sm text-red-700">{rangeError}</p>}
      <div className="flex flex-wrap items-center gap-3 text-sm">
        <button type="button" onClick={copyLink} className="rounded-md border border-slate-300 bg-white px-3 py-1.5 font-medium hover:bg-slate-50">
          Copy link to this view
        </button>
        <button type="button" className="text-indigo-700 hover:text-indigo-900 hover:underline"
          onClick={() => onChange({ set: "both", claim: [], claimant: [], language: [], from: undefined, to: undefined, documentStance: undefined, selected: undefined })}>
          Clear filters
        </button>
        <span role="status" className="text-slate-500">{copyStatus}</span>
      </div>
    </form>
  );
}

/** A compact list of checkboxes behind a disclosure; nothing ticked means no filter. */
function MultiPicker({
  legend,
  allLabel,
  options,
  selected,
  onChange,
}: {
  legend: string;
  allLabel: string;
  options: FilterOption[];
  selected: string[];
  onChange: (values: string[]) => void;
}) {
  const chosen = new Set(selected);
  const summary = selected.length === 0 ? allLabel : `${selected.length} selected`;
  // A value from a shared link that the current data does not list still shows, so it can be unticked.
  const known = new Set(options.map((option) => option.value));
  const all = [...options, ...selected.filter((value) => !known.has(value)).map((value) => ({ value, label: value }))];
  return (
    <div className="space-y-1">
      <span className={labelClass} aria-hidden="true">{legend}</span>
      <details className="relative">
        <summary className={`${fieldClass} min-w-40 cursor-pointer list-none`} aria-label={`${legend}: ${summary}`}>
          {summary} <span aria-hidden="true" className="text-slate-400">▾</span>
        </summary>
        <fieldset className="absolute z-20 mt-1 max-h-72 w-80 overflow-y-auto rounded-md border border-slate-200 bg-white p-2 shadow-lg">
          <legend className="sr-only">{legend}</legend>
          {all.length === 0 && <p className="px-2 py-1 text-sm text-slate-500">Nothing to choose yet.</p>}
          {all.map((option) => (
            <label key={option.value} className="flex items-start gap-2 rounded px-2 py-1 text-sm hover:bg-slate-50">
              <input type="checkbox" className="mt-0.5 accent-indigo-600" checked={chosen.has(option.value)}
                onChange={(event) =>
                  onChange(event.target.checked ? [...selected, option.value] : selected.filter((value) => value !== option.value))
                } />
              <span>{option.label}</span>
            </label>
          ))}
          {selected.length > 0 && (
            <button type="button" className="mt-1 px-2 text-sm text-indigo-700 hover:underline" onClick={() => onChange([])}>
              {allLabel}
            </button>
          )}
        </fieldset>
      </details>
    </div>
  );
}
