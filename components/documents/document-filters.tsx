"use client";

import { type FormEvent, useState } from "react";
import type { DocumentListFilters } from "@/lib/client/query-keys";

/** The search box applies on submit (not per keystroke); the language filter applies at once. */
export function DocumentFilters({
  languages,
  filters,
  onChange,
}: {
  languages: string[];
  filters: DocumentListFilters;
  onChange: (filters: DocumentListFilters) => void;
}) {
  const [q, setQ] = useState(filters.q ?? "");

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    onChange({ ...filters, q: q.trim() || undefined });
  }

  return (
    <form role="search" onSubmit={onSubmit} className="flex flex-wrap items-end gap-3">
      <div className="min-w-64 flex-1 space-y-1">
        <label htmlFor="documents-q" className="block text-sm font-medium">
          Search titles and texts
        </label>
        <input
          id="documents-q"
          type="search"
          value={q}
          onChange={(event) => setQ(event.target.value)}
          maxLength={200}
          className="w-full rounded-md border border-slate-300 bg-white px-3 py-2"
        />
      </div>
      <div className="space-y-1">
        <label htmlFor="documents-language" className="block text-sm font-medium">
          Language
        </label>
        <select
          id="documents-language"
          value={filters.language ?? ""}
          onChange={(event) => onChange({ ...filters, language: event.target.value || undefined })}
          className="rounded-md border border-slate-300 bg-white px-3 py-2"
        >
          <option value="">All languages</option>
          {languages.map((language) => (
            <option key={language} value={language}>
              {language}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="rounded-md bg-indigo-600 px-4 py-2 font-medium text-white hover:bg-indigo-700">
        Search
      </button>
    </form>
  );
}
