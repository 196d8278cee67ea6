"use client";

import { useState } from "react";
import type { CatalogClaim } from "@/lib/client/workspace/api-types";
import { useProposeClaim } from "@/lib/client/workspace/use-catalog-mutations";
import { useDebouncedValue } from "@/lib/client/workspace/use-debounced-value";
import { useClaimSearch } from "@/lib/client/workspace/use-workspace-queries";
import { Combobox } from "./combobox";

/** Links a claim span to a catalog claim, found by searching; may propose a new one. */
export function ClaimPicker({
  projectId,
  current,
  canPropose,
  onPick,
}: {
  projectId: number;
  current: CatalogClaim | null;
  canPropose: boolean;
  onPick: (claimId: number) => void;
}) {
  const [query, setQuery] = useState("");
  const search = useClaimSearch(projectId, useDebouncedValue(query.trim(), 150));
  const propose = useProposeClaim(projectId);
  const statement = query.trim();
  return (
    <div className="space-y-1.5">
      <p className="text-sm">
        {current ? (
          <span dir="auto" className="font-medium text-slate-900">
            {current.statement}
            {current.status === "proposed" && <span className="ml-1.5 rounded bg-amber-100 px-1.5 py-0.5 text-xs font-medium text-amber-800">proposed</span>}
          </span>
        ) : (
          <span className="text-slate-500">Not linked to a catalog claim yet.</span>
        )}
      </p>
      <Combobox
        label={current ? "Change catalog claim" : "Catalog claim"}
        placeholder="Search claims…"
        query={query}
        onQueryChange={setQuery}
        options={(search.data ?? []).map((claim) => ({
          id: claim.id,
          label: claim.statement,
          hint: claim.status === "proposed" ? "proposed" : claim.description,
        }))}
        onPick={(option) => onPick(Number(option.id))}
        loading={search.isFetching}
        autoFocusTarget
        action={
          canPropose && statement
            ? { label: `Propose new claim “${statement}”`, run: () => propose.mutate(statement, { onSuccess: (claim) => onPick(claim.id) }) }
            : null
        }
      />
      {propose.error && <p role="alert" className="text-xs text-red-700">{propose.error.message}</p>}
    </div>
  );
}
