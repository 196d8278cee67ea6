"use client";

import { memo, useSyncExternalStore } from "react";
import type { Span, SpanChanges } from "@/lib/client/workspace/api-types";
import type { Conflict } from "@/lib/client/workspace/write-issues";
import type { WorkspaceModel } from "../use-workspace-model";
import { Modal } from "./modal";

const fieldNames: Record<keyof SpanChanges, string> = {
  entityTypeId: "Type",
  entityId: "Catalog entity",
  claimId: "Catalog claim",
  stance: "Stance",
  claimantEntityId: "Claimant",
  claimantMentionId: "Claimant mention",
  note: "Note",
};

function show(model: WorkspaceModel, field: keyof SpanChanges, value: Span[keyof SpanChanges] | undefined): string {
  if (value === null || value === undefined || value === "") return "—";
  const { lookups } = model;
  if (field === "entityTypeId") return lookups.entityTypes.get(Number(value))?.name ?? String(value);
  if (field === "entityId" || field === "claimantEntityId") return lookups.entities.get(Number(value))?.name ?? `#${value}`;
  if (field === "claimId") return lookups.claims.get(Number(value))?.statement ?? `#${value}`;
  if (field === "stance") return lookups.stances.get(String(value))?.name ?? String(value);
  if (field === "claimantMentionId") return model.spans.find((s) => s.id === value)?.quote ?? `span #${value}`;
  return String(value);
}

/** A save refused because the span changed elsewhere: the user decides, nothing is overwritten silently. */
export const ConflictDialog = memo(function ConflictDialog({ model }: { model: WorkspaceModel }) {
  const { writer } = model;
  const issues = useSyncExternalStore(writer.issues.subscribe, writer.issues.getState, writer.issues.getState);
  const conflict: Conflict | undefined = issues.conflicts[0];
  const mine = conflict?.mine;
  const fields = mine?.kind === "update" ? (Object.keys(mine.changes) as (keyof SpanChanges)[]) : [];
  return (
    <Modal open={Boolean(conflict)} title="This span was changed elsewhere">
      {conflict && (
        <div className="space-y-4 text-sm">
          <p className="text-slate-700">
            <span dir="auto" className="font-medium">“{conflict.current.quote}”</span> was saved by another session (for
            example another tab) after you loaded it.{" "}
            {mine?.kind === "delete"
              ? "You removed it."
              : mine?.kind === "restore"
                ? "You brought it back (undo of a removal)."
                : "Your change and the newer state differ:"}
          </p>
          {fields.length > 0 && (
            <table className="w-full text-left">
              <thead className="text-xs uppercase tracking-wide text-slate-500">
                <tr><th className="py-1 font-medium">Field</th><th className="py-1 font-medium">Theirs (saved)</th><th className="py-1 font-medium">Mine</th></tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {fields.map((field) => (
                  <tr key={field}>
                    <th scope="row" className="py-1.5 pr-3 font-medium text-slate-600">{fieldNames[field]}</th>
                    <td className="py-1.5 pr-3">{show(model, field, conflict.current[field])}</td>
                    <td className="py-1.5">{show(model, field, mine?.kind === "update" ? mine.changes[field] : null)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <div className="flex justify-end gap-2 pt-2">
            <button type="button" onClick={() => writer.keepTheirs(conflict)} className="rounded-md border border-slate-300 bg-white px-3 py-1.5 font-medium text-slate-800 hover:bg-slate-50">
              Keep theirs
            </button>
            <button type="button" onClick={() => writer.overwriteWithMine(conflict)} className="rounded-md bg-indigo-600 px-3 py-1.5 font-medium text-white hover:bg-indigo-700">
              Overwrite with mine
            </button>
          </div>
        </div>
      )}
    </Modal>
  );
});
