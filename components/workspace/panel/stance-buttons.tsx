"use client";

import type { ColoredLabel } from "@/lib/client/workspace/api-types";
import { Kbd } from "../keyboard/kbd";

/** One toggle per stance label, with its hotkey; pressing the chosen one again clears it. */
export function StanceButtons({ stances, value, onChange }: { stances: ColoredLabel[]; value: string | null; onChange: (stance: string | null) => void }) {
  return (
    <fieldset>
      <legend className="mb-1 text-xs font-medium text-slate-600">Stance toward the claim</legend>
      <div className="grid grid-cols-2 gap-1.5">
        {stances.map((stance) => {
          const chosen = value === stance.key;
          return (
            <button
              key={stance.key}
              type="button"
              aria-pressed={chosen}
              onClick={() => onChange(chosen ? null : stance.key)}
              className={`flex items-center gap-2 rounded-md border px-2.5 py-1.5 text-sm font-medium transition ${
                chosen ? "border-transparent text-white shadow-sm" : "border-slate-300 bg-white text-slate-700 hover:bg-slate-50"
              }`}
              style={chosen ? { backgroundColor: stance.color } : undefined}
            >
              {!chosen && <span aria-hidden className="size-2 rounded-full" style={{ backgroundColor: stance.color }} />}
              {stance.name}
              {stance.hotkey && <span className="ml-auto"><Kbd>{stance.hotkey}</Kbd></span>}
            </button>
          );
        })}
      </div>
    </fieldset>
  );
}
