"use client";

import type { Suggestion } from "@/lib/client/workspace/api-types";
import { Kbd } from "../keyboard/kbd";
import { useWorkspace } from "../workspace-context";

/** Accept (y) and reject (x), for any kind of suggestion. */
export function SuggestionButtons({ suggestion }: { suggestion: Suggestion }) {
  const { actions } = useWorkspace();
  return (
    <div className="flex flex-wrap gap-2">
      <button type="button" data-autofocus="" onClick={() => actions.acceptSuggestion(suggestion)}
        className="flex items-center gap-2 rounded-md bg-indigo-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-indigo-700">
        Accept <kbd className="rounded bg-indigo-500/60 px-1 text-[0.6875rem]">y</kbd>
      </button>
      <button type="button" onClick={() => actions.rejectSuggestion(suggestion)}
        className="flex items-center gap-2 rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-700 hover:bg-slate-50">
        Reject <Kbd>x</Kbd>
      </button>
    </div>
  );
}
