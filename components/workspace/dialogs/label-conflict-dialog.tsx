"use client";

import { memo, useSyncExternalStore } from "react";
import type { WorkspaceModel } from "../use-workspace-model";
import { Modal } from "./modal";

/**
 * A document stance refused because it was changed elsewhere (another tab, say): the newer value
 * and this session's side by side, and the user decides. Span conflicts are asked about first.
 */
export const LabelConflictDialog = memo(function LabelConflictDialog({ model }: { model: WorkspaceModel }) {
  const { writer, lookups } = model;
  const issues = useSyncExternalStore(writer.issues.subscribe, writer.issues.getState, writer.issues.getState);
  const conflict = issues.conflicts.length === 0 ? issues.labelConflicts[0] : undefined;
  const stanceName = (stance: string | null) => (stance === null ? "— (none)" : (lookups.stances.get(stance)?.name ?? stance));
  return (
    <Modal open={Boolean(conflict)} title="This document stance was changed elsewhere">
      {conflict && (
        <div className="space-y-4 text-sm">
          <p className="text-slate-700">
            The document&apos;s stance toward{" "}
            <span dir="auto" className="font-medium">“{lookups.claims.get(conflict.claimId)?.statement ?? `claim #${conflict.claimId}`}”</span>{" "}
            was saved by another session (for example another tab) after you loaded it.
          </p>
          <table className="w-full text-left">
            <thead className="text-xs uppercase tracking-wide text-slate-500">
              <tr><th className="py-1 font-medium">Field</th><th className="py-1 font-medium">Theirs (saved)</th><th className="py-1 font-medium">Mine</th></tr>
            </thead>
            <tbody>
              <tr>
                <th scope="row" className="py-1.5 pr-3 font-medium text-slate-600">Stance</th>
                <td className="py-1.5 pr-3">{stanceName(conflict.current.stance)}</td>
                <td className="py-1.5">{stanceName(conflict.mine)}</td>
              </tr>
            </tbody>
          </table>
          <div className="flex justify-end gap-2 pt-2">
            <button type="button" onClick={() => writer.labels.keepTheirs(conflict)} className="rounded-md border border-slate-300 bg-white px-3 py-1.5 font-medium text-slate-800 hover:bg-slate-50">
              Keep theirs
            </button>
            <button type="button" onClick={() => writer.labels.overwriteWithMine(conflict)} className="rounded-md bg-indigo-600 px-3 py-1.5 font-medium text-white hover:bg-indigo-700">
              Overwrite with mine
            </button>
          </div>
        </div>
      )}
    </Modal>
  );
});
