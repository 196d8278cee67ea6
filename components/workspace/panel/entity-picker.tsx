"use client";

import { useState } from "react";
import { useDebouncedValue } from "@/lib/client/workspace/use-debounced-value";
import { useEntitySearch } from "@/lib/client/workspace/use-workspace-queries";
import { Combobox } from "./combobox";

/** Finds a catalog entity by its name or any alias, in any language. */
export function EntityPicker({ projectId, label, onPick }: { projectId: number; label: string; onPick: (entityId: number) => void }) {
  const [query, setQuery] = useState("");
  // An empty query lists the catalog (the same cached query the workspace reads names from).
  const search = useEntitySearch(projectId, useDebouncedValue(query.trim(), 150));
  return (
    <Combobox
      label={label}
      placeholder="Search by name or alias…"
      query={query}
      onQueryChange={setQuery}
      options={(search.data ?? []).slice(0, 30).map((entity) => ({
        id: entity.id,
        label: entity.name,
        hint: entity.aliases.map((a) => a.alias).filter((a) => a !== entity.name).slice(0, 4).join(", "),
      }))}
      onPick={(option) => onPick(Number(option.id))}
      loading={search.isFetching}
    />
  );
}
