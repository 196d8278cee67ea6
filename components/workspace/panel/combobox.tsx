"use client";

import { type KeyboardEvent, useId, useState } from "react";

export interface ComboOption {
  id: number | string;
  label: string;
  hint?: string;
}

interface Props {
  label: string;
  placeholder: string;
  query: string;
  onQueryChange: (query: string) => void;
  options: ComboOption[];
  onPick: (option: ComboOption) => void;
  /** An extra last option, e.g. "Propose new claim “…”". */
  action?: { label: string; run: () => void } | null;
  loading?: boolean;
  autoFocusTarget?: boolean;
}

/**
 * A searchable list in the ARIA 1.2 combobox pattern: type to search, arrows to move, Enter to
 * pick, Escape to close. The list stays in the DOM order the screen reader announces.
 */
export function Combobox({ label, placeholder, query, onQueryChange, options, onPick, action, loading, autoFocusTarget }: Props) {
  const id = useId();
  const [open, setOpen] = useState(false);
  /** The option the arrows moved to; -1 until they move (Enter then takes the first). */
  const [active, setActive] = useState(-1);
  const count = options.length + (action ? 1 : 0);
  const activeIndex = Math.min(active, count - 1);

  function choose(index: number) {
    const option = options[index];
    if (option) onPick(option);
    else if (action && index === options.length) action.run();
    setOpen(false);
    setActive(-1);
    onQueryChange("");
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      setOpen(true);
      const down = event.key === "ArrowDown";
      if (count > 0) setActive(activeIndex < 0 ? (down ? 0 : count - 1) : (activeIndex + (down ? 1 : -1) + count) % count);
    } else if (event.key === "Enter" && open && count > 0) {
      event.preventDefault();
      choose(Math.max(0, activeIndex));
    } else if (event.key === "Escape" && open) {
      event.preventDefault();
      setOpen(false);
    }
  }

  const optionId = (index: number) => `${id}-option-${index}`;
  return (
    <div className="relative">
      <label htmlFor={`${id}-input`} className="mb-1 block text-xs font-medium text-slate-600">
        {label}
      </label>
      <input
        id={`${id}-input`}
        data-autofocus={autoFocusTarget ? "" : undefined}
        role="combobox"
        aria-expanded={open}
        aria-controls={`${id}-list`}
        aria-autocomplete="list"
        aria-activedescendant={open && activeIndex >= 0 ? optionId(activeIndex) : undefined}
        autoComplete="off"
        value={query}
        placeholder={placeholder}
        onChange={(event) => {
          onQueryChange(event.target.value);
          setActive(-1);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
        className="w-full rounded-md border border-slate-300 bg-white px-2.5 py-1.5 text-sm placeholder:text-slate-400 focus:border-indigo-500 focus:outline-none focus:ring-2 focus:ring-indigo-200"
      />
      <ul
        id={`${id}-list`}
        role="listbox"
        aria-label={label}
        hidden={!open}
        className="absolute inset-x-0 top-full z-30 mt-1 max-h-72 overflow-y-auto rounded-md border border-slate-200 bg-white py-1 text-sm shadow-lg"
      >
        {open && options.map((option, index) => (
          <li
            key={option.id}
            id={optionId(index)}
            role="option"
            aria-selected={index === activeIndex}
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => choose(index)}
            className={`cursor-pointer px-3 py-1.5 ${index === activeIndex ? "bg-indigo-50 text-indigo-900" : "text-slate-800"}`}
          >
            <span dir="auto" className="block">{option.label}</span>
            {option.hint && <span className="block truncate text-xs text-slate-500">{option.hint}</span>}
          </li>
        ))}
        {open && action && (
          <li
            id={optionId(options.length)}
            role="option"
            aria-selected={activeIndex === options.length}
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => choose(options.length)}
            className={`cursor-pointer border-t border-slate-100 px-3 py-1.5 font-medium text-indigo-700 ${
              activeIndex === options.length ? "bg-indigo-50" : ""
            }`}
          >
            {action.label}
          </li>
        )}
        {open && count === 0 && <li className="px-3 py-1.5 text-slate-500">{loading ? "Searching…" : "Nothing found"}</li>}
      </ul>
    </div>
  );
}
