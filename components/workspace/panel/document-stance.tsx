"use client";

import { useId, useMemo } from "react";
import { useWorkspace } from "../workspace-context";

/** The document's overall stance toward each catalog claim; claims the text's spans use come first. */
export function DocumentStance() {
  const { model, actions } = useWorkspace();
  const baseId = useId();
  const { spans, claimCatalog } = model;
  const used = useMemo(() => new Set(spans.map((s) => s.claimId)), [spans]);
  const claims = useMemo(
    () => [...claimCatalog].sort((a, b) => Number(used.has(b.id)) - Number(used.has(a.id))),
    [claimCatalog, used],
  );
  const stanceOf = new Map(model.documentLabels.map((label) => [label.claimId, label.stance]));
  return (
    <section aria-labelledby={`${baseId}-heading`} className="space-y-2">
      <div>
        <h2 id={`${baseId}-heading`} className="text-xs font-semibold uppercase tracking-wide text-slate-500">Document stance</h2>
        <p className="mt-0.5 text-xs text-slate-500">What the article as a whole says about each catalog claim.</p>
      </div>
      {claims.length === 0 && <p className="text-sm text-slate-500">The claim catalog is empty.</p>}
      <ul className="space-y-1.5">
        {claims.map((claim) => (
          <li key={claim.id} className="flex items-center gap-2">
            <label htmlFor={`${baseId}-${claim.id}`} dir="auto" className={`min-w-0 flex-1 text-sm leading-5 ${used.has(claim.id) ? "text-slate-900" : "text-slate-600"}`}>
              {claim.statement}
            </label>
            <select
              id={`${baseId}-${claim.id}`}
              value={stanceOf.get(claim.id) ?? ""}
              onChange={(event) => actions.setDocumentStance(claim.id, event.target.value || null)}
              // A stance given stands out, so that a glance down the list shows what is decided.
              className={`w-28 shrink-0 rounded-md border px-1.5 py-1 text-xs ${
                stanceOf.has(claim.id) ? "border-indigo-300 bg-indigo-50 font-medium text-indigo-950" : "border-slate-300 bg-white text-slate-700"
              }`}
            >
              <option value="">—</option>
              {model.schema.stanceLabels.map((stance) => (
                <option key={stance.key} value={stance.key}>{stance.name}</option>
              ))}
            </select>
          </li>
        ))}
      </ul>
    </section>
  );
}
