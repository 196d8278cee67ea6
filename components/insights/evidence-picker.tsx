"use client";

import { useMemo, useState } from "react";
import { Combobox, type ComboOption } from "@/components/workspace/panel/combobox";
import { type EvidenceChoice, evidenceChoicesOf, matchEvidenceChoices } from "@/lib/domain/insights/evidence-choices";
import type { NetworkView } from "./insights-types";

/** Matches drawn in the list: a network of 500 claimants × 200 claims has thousands of choices. */
const listedMatches = 30;

const kindNames: Record<EvidenceChoice["kind"], string> = { claimant: "Claimant", claim: "Claim", pair: "Claimant → claim" };

const spans = (count: number) => `${count.toLocaleString("en-US")} span${count === 1 ? "" : "s"}`;

/** The keyboard's way to a node or an edge: type part of a claimant's or a claim's name, or both. */
export function EvidencePicker({
  view,
  selected,
  onSelect,
}: {
  view: NetworkView;
  selected: string | undefined;
  onSelect: (id: string | undefined) => void;
}) {
  // Thousands of choices to fold and sort: only once someone comes to the picker, not on page load.
  const [used, setUsed] = useState(false);
  const choices = useMemo(() => (used ? evidenceChoicesOf(view) : []), [used, view]);
  const [query, setQuery] = useState("");
  const { matches, total } = useMemo(() => matchEvidenceChoices(choices, query, listedMatches), [choices, query]);
  const options: ComboOption[] = matches.map((choice) => ({ id: choice.id, label: choice.label, hint: `${kindNames[choice.kind]} · ${spans(choice.count)}` }));
  const all = view.nodes.length + view.edges.length;
  const counted = query.trim() === "" ? `${all.toLocaleString("en-US")} claimants, claims and pairs` : `${total.toLocaleString("en-US")} match${total === 1 ? "" : "es"}`;

  return (
    <div className="space-y-1.5" onFocus={() => setUsed(true)}>
      <Combobox
        label="Show evidence for"
        placeholder="Type a claimant, a claim or both"
        query={query}
        onQueryChange={setQuery}
        options={options}
        onPick={(option) => onSelect(String(option.id))}
      />
      <div className="flex flex-wrap items-center justify-between gap-2">
        <p role="status" className="text-xs text-slate-500">
          {counted}
          {query.trim() !== "" && total > listedMatches ? `; the first ${listedMatches} listed, type more to narrow` : ""}
        </p>
        {selected !== undefined && (
          <button
            type="button"
            className="rounded-md border border-slate-300 bg-white px-2 py-0.5 text-xs font-medium hover:bg-slate-50"
            onClick={() => onSelect(undefined)}
          >
            Clear the evidence selection
          </button>
        )}
      </div>
    </div>
  );
}

