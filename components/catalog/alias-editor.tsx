"use client";

import { type AliasRow, newAliasRow } from "./entity-draft";

const fieldClass = "rounded-md border border-slate-300 px-2 py-1.5 text-sm";

/** Edits an entity's aliases, each with an optional language tag. */
export function AliasEditor({ idPrefix, aliases, onChange }: { idPrefix: string; aliases: AliasRow[]; onChange: (aliases: AliasRow[]) => void }) {
  const update = (index: number, patch: Partial<AliasRow>) =>
    onChange(aliases.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  return (
    <fieldset className="space-y-2">
      <legend className="text-sm font-medium">Aliases</legend>
      <p id={`${idPrefix}-aliases-help`} className="text-xs text-slate-500">
        Other names in any language (Tokajew, 托卡耶夫). The name is always an alias too. Language: a tag such as de, pl or zh.
      </p>
      <ul className="space-y-2">
        {aliases.map((row, index) => (
          <li key={row.rowId} className="flex flex-wrap items-center gap-2">
            <input value={row.alias} onChange={(e) => update(index, { alias: e.target.value })} maxLength={300}
              aria-label={`Alias ${index + 1}`} aria-describedby={`${idPrefix}-aliases-help`} className={`${fieldClass} min-w-48 flex-1`} />
            <input value={row.language} onChange={(e) => update(index, { language: e.target.value })} maxLength={35}
              aria-label={`Language of alias ${index + 1}`} placeholder="lang" spellCheck={false}
              className={`${fieldClass} w-20 font-mono`} />
            <button type="button" onClick={() => onChange(aliases.filter((_, i) => i !== index))}
              aria-label={`Remove alias ${row.alias || index + 1}`}
              className="rounded px-2 py-1 text-slate-500 hover:bg-slate-100 hover:text-red-700">
              ✕
            </button>
          </li>
        ))}
      </ul>
      <button type="button" onClick={() => onChange([...aliases, newAliasRow()])}
        className="rounded-md border border-slate-300 px-3 py-1.5 text-sm text-slate-700 hover:bg-slate-100">
        Add alias
      </button>
    </fieldset>
  );
}
