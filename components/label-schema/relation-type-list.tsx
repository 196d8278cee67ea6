"use client";

import { moveItem, newRowId, type RelationTypeRow } from "./label-rows";
import { RowActions } from "./row-actions";

const fieldClass = "rounded-md border border-slate-300 px-2 py-1.5 text-sm aria-invalid:border-red-500 aria-invalid:bg-red-50";

export function RelationTypeList({
  rows,
  invalidPaths,
  onChange,
}: {
  rows: RelationTypeRow[];
  invalidPaths: ReadonlySet<string>;
  onChange: (rows: RelationTypeRow[]) => void;
}) {
  const update = (index: number, patch: Partial<RelationTypeRow>) =>
    onChange(rows.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  const invalid = (index: number, field: string) => invalidPaths.has(`relationTypes.${index}.${field}`) || undefined;

  return (
    <section aria-label="Relation types" className="space-y-3 rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
      <h3 className="font-semibold tracking-tight">Relation types</h3>
      {rows.length === 0 && <p className="text-sm text-slate-500">None yet.</p>}
      <ul className="space-y-2">
        {rows.map((row, index) => {
          const itemName = `relation type ${row.key || index + 1}`;
          return (
            <li key={row.rowId} className="flex flex-wrap items-center gap-2">
              <input value={row.key} onChange={(e) => update(index, { key: e.target.value })} aria-label={`Key of ${itemName}`}
                aria-invalid={invalid(index, "key")} placeholder="key" maxLength={32} spellCheck={false}
                className={`${fieldClass} w-32 font-mono`} />
              <input value={row.name} onChange={(e) => update(index, { name: e.target.value })} aria-label={`Name of ${itemName}`}
                aria-invalid={invalid(index, "name")} placeholder="Name" maxLength={100} className={`${fieldClass} min-w-40 flex-1`} />
              <label className="flex items-center gap-1.5 text-sm text-slate-700">
                <input type="checkbox" checked={row.directed} onChange={(e) => update(index, { directed: e.target.checked })}
                  aria-label={`${itemName} is directed`} className="size-4 accent-indigo-600" />
                Directed
              </label>
              <RowActions itemName={itemName} isFirst={index === 0} isLast={index === rows.length - 1}
                onMove={(offset) => onChange(moveItem(rows, index, offset))}
                onRemove={() => onChange(rows.filter((_, i) => i !== index))} />
            </li>
          );
        })}
      </ul>
      <button type="button" onClick={() => onChange([...rows, { rowId: newRowId(), key: "", name: "", directed: true }])}
        className="rounded-md border border-slate-300 px-3 py-1.5 text-sm text-slate-700 hover:bg-slate-100">
        Add relation type
      </button>
    </section>
  );
}
