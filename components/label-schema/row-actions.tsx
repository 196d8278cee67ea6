"use client";

const buttonClass =
  "rounded px-1.5 py-1 text-slate-500 hover:bg-slate-100 hover:text-slate-900 disabled:opacity-30 disabled:hover:bg-transparent";

/** Move up, move down and remove buttons of one row of a list editor. */
export function RowActions({
  itemName,
  isFirst,
  isLast,
  onMove,
  onRemove,
}: {
  itemName: string;
  isFirst: boolean;
  isLast: boolean;
  onMove: (offset: -1 | 1) => void;
  onRemove: () => void;
}) {
  return (
    <div className="flex items-center gap-0.5">
      <button type="button" className={buttonClass} disabled={isFirst} onClick={() => onMove(-1)} aria-label={`Move ${itemName} up`}>
        ↑
      </button>
      <button type="button" className={buttonClass} disabled={isLast} onClick={() => onMove(1)} aria-label={`Move ${itemName} down`}>
        ↓
      </button>
      <button type="button" className={`${buttonClass} hover:text-red-700`} onClick={onRemove} aria-label={`Remove ${itemName}`}>
        ✕
      </button>
    </div>
  );
}
