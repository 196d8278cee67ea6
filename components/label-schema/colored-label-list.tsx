"use client";

import { type ColoredLabelRow, moveItem, newRowId } from "./label-rows";
import { RowActions } from "./row-actions";

const fieldClass = "rounded-md border px-2 py-1.5 text-sm aria-invalid:border-red-500 aria-invalid:bg-red-50";

/** Edits entity types or stance labels: key, name, colour and hotkey per row. */
export function ColoredLabelList({
  title,
  itemNoun,
  path,
  rows,
  invalidPaths,
  onChange,
}: {
  title: string;
  itemNoun: string;
  /** `entityTypes` or `stanceLabels`, to match error paths from the server. */
  path: string;
  rows: ColoredLabelRow[];
  invalidPaths: ReadonlySet<string>;
  onChange: (rows: ColoredLabelRow[]) => void;
}) {
  const update = (index: number, patch: Partial<ColoredLabelRow>) =>
    onChange(rows.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  const invalid = (index: number, field: string) => invalidPaths.has(`${path}.${index}.${field}`) || undefined;

  return (
    <section aria-label={title} className="space-y-3 rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
      <h3 className="font-semibold tracking-tight">{title}</h3>
      {rows.length === 0 && <p className="text-sm text-slate-500">None yet.</p>}
      <ul className="space-y-2">
        {rows.map((row, index) => {
          const itemName = `${itemNoun} ${row.key || index + 1}`;
          return (
            <li key={row.rowId} className="flex flex-wrap items-center gap-2">
              <input type="color" value={row.color} onChange={(e) => update(index, { color: e.target.value })}
                aria-label={`Colour of ${itemName}`} aria-invalid={invalid(index, "color")}
                className="h-8 w-10 cursor-pointer rounded border border-slate-300 bg-white p-0.5" />
              <input value={row.key} onChange={(e) => update(index, { key: e.target.value })} aria-label={`Key of ${itemName}`}
                aria-invalid={invalid(index, "key")} placeholder="key" maxLength={32} spellCheck={false}
                className={`${fieldClass} w-32 border-slate-300 font-mono`} />
              <input value={row.name} onChange={(e) => update(index, { name: e.target.value })} aria-label={`Name of ${itemName}`}
                aria-invalid={invalid(index, "name")} placeholder="Name" maxLength={100}
                className={`${fieldClass} min-w-40 flex-1 border-slate-300`} />
              <input value={row.hotkey} onChange={(e) => update(index, { hotkey: e.target.value })}
                aria-label={`Hotkey of ${itemName}`} aria-invalid={invalid(index, "hotkey")} placeholder="—" maxLength={2}
                className={`${fieldClass} w-12 border-slate-300 text-center font-mono`} />
              <RowActions itemName={itemName} isFirst={index === 0} isLast={index === rows.length - 1}
                onMove={(offset) => onChange(moveItem(rows, index, offset))}
                onRemove={() => onChange(rows.filter((_, i) => i !== index))} />
            </li>
          );
        })}
      </ul>
      <button type="button" onClick={() => onChange([...rows, { rowId: newRowId(), key: "", name: "", color: "#64748b", hotkey: "" }])}
        className="rounded-md border border-slate-300 px-3 py-1.5 text-sm text-slate-700 hover:bg-slate-100">
        Add {itemNoun}
      </button>
    </section>
  );
}
