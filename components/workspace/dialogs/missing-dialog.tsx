"use client";

import type { MissingItem } from "@/lib/client/workspace/api-types";
import { Modal } from "./modal";

/** What the server says is still missing before the document can be submitted. */
export function MissingDialog({ missing, onClose, onShow }: { missing: MissingItem[] | null; onClose: () => void; onShow: (spanId: number) => void }) {
  return (
    <Modal open={missing !== null} onClose={onClose} title="Not ready to submit">
      <p className="mb-3 text-sm text-slate-700">Complete these marks first:</p>
      <ul className="space-y-2">
        {(missing ?? []).map((item) => (
          <li key={item.spanId} className="flex items-start gap-3 rounded-md border border-slate-200 p-2.5 text-sm">
            <div className="min-w-0 flex-1">
              <p dir="auto" className="truncate font-medium text-slate-900">“{item.quote}”</p>
              <p className="text-slate-600">Missing: {item.missing.join(", ")}</p>
            </div>
            <button type="button" onClick={() => onShow(item.spanId)} className="rounded-md border border-slate-300 px-2 py-1 text-xs font-medium hover:bg-slate-50">
              Show
            </button>
          </li>
        ))}
      </ul>
    </Modal>
  );
}
