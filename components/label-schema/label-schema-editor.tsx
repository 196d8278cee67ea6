"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { type FormEvent, useState } from "react";
import { ApiError, apiFetch } from "@/lib/client/api-fetch";
import { reservedHotkeys } from "@/lib/domain/project/label-schema-input";
import type { LabelSchemaView } from "@/lib/server/label-schema/label-schema-view";
import { ColoredLabelList } from "./colored-label-list";
import { type EditableSchema, toEditableSchema, toSchemaBody } from "./label-rows";
import { RelationTypeList } from "./relation-type-list";

/** The paths of invalid fields an API error names, such as `entityTypes.2.hotkey`. */
function invalidPathsOf(error: Error | null): Set<string> {
  if (!(error instanceof ApiError) || !Array.isArray(error.details)) return new Set();
  return new Set(
    error.details.flatMap((detail: unknown) =>
      typeof detail === "object" && detail !== null && "path" in detail && typeof detail.path === "string" ? [detail.path] : [],
    ),
  );
}

export function LabelSchemaEditor({ projectId, schema }: { projectId: number; schema: LabelSchemaView }) {
  const router = useRouter();
  const [draft, setDraft] = useState<EditableSchema>(() => toEditableSchema(schema));
  const save = useMutation({
    mutationFn: (body: ReturnType<typeof toSchemaBody>) =>
      apiFetch<LabelSchemaView>(`/api/projects/${projectId}/schema`, { method: "PUT", json: body }),
    onSuccess: (saved) => {
      setDraft(toEditableSchema(saved));
      router.refresh();
    },
  });
  const invalidPaths = invalidPathsOf(save.error);

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    save.mutate(toSchemaBody(draft));
  }

  return (
    <form onSubmit={onSubmit} className="space-y-6">
      <p className="text-sm text-slate-600">
        Keys identify labels in exports and cannot be renamed once annotations use them; names and colours can change any
        time. Hotkeys are single characters, shared by entity types and stances; reserved:{" "}
        {reservedHotkeys.map((r, i) => (
          <span key={r.key}>
            {i > 0 && ", "}
            <kbd className="rounded border border-slate-300 bg-slate-50 px-1 font-mono text-xs">{r.key}</kbd> {r.use}
          </span>
        ))}
        .
      </p>
      <ColoredLabelList title="Entity types" itemNoun="entity type" path="entityTypes" rows={draft.entityTypes}
        invalidPaths={invalidPaths} onChange={(entityTypes) => setDraft({ ...draft, entityTypes })} />
      <ColoredLabelList title="Stance labels" itemNoun="stance" path="stanceLabels" rows={draft.stanceLabels}
        invalidPaths={invalidPaths} onChange={(stanceLabels) => setDraft({ ...draft, stanceLabels })} />
      <RelationTypeList rows={draft.relationTypes} invalidPaths={invalidPaths}
        onChange={(relationTypes) => setDraft({ ...draft, relationTypes })} />

      {save.error && (
        <div role="alert" className="rounded-md bg-red-50 px-4 py-3 text-sm text-red-800">
          {save.error.message}
        </div>
      )}
      <div className="flex items-center gap-4">
        <button type="submit" disabled={save.isPending}
          className="rounded-md bg-indigo-600 px-4 py-2 font-medium text-white hover:bg-indigo-700 disabled:opacity-60">
          {save.isPending ? "Saving…" : "Save label schema"}
        </button>
        <p role="status" className="text-sm text-green-700">{save.isSuccess ? "Saved." : ""}</p>
      </div>
    </form>
  );
}
