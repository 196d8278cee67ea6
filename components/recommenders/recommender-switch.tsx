"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { apiFetch } from "@/lib/client/api-fetch";
import type { RecommenderSetting } from "@/lib/server/recommenders/get-recommender-settings";

/** A manager's switch for one recommender on one layer; the page reloads its figures once saved. */
export function RecommenderSwitch({ projectId, setting, label }: { projectId: number; setting: RecommenderSetting; label: string }) {
  const router = useRouter();
  // Shown at once; put back if the server refuses.
  const [checked, setChecked] = useState(setting.enabled);
  const change = useMutation({
    mutationFn: (enabled: boolean) =>
      apiFetch(`/api/projects/${projectId}/recommenders`, { method: "PATCH", json: { items: [{ ...setting, enabled }] } }),
    onSuccess: () => router.refresh(),
    onError: (_error, enabled) => setChecked(!enabled),
  });
  return (
    <label className="inline-flex items-center gap-2">
      <input type="checkbox" checked={checked} disabled={change.isPending} aria-label={label}
        onChange={(event) => {
          setChecked(event.target.checked);
          change.mutate(event.target.checked);
        }}
        className="size-4 accent-indigo-600" />
      <span>{checked ? "on" : "off"}</span>
      {change.error && <span role="alert" className="text-xs text-red-700">{change.error.message}</span>}
    </label>
  );
}
