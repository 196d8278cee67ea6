"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import type { ProjectRole } from "@/db/schema";
import { ConfirmButton } from "@/components/projects/confirm-button";
import { apiFetch } from "@/lib/client/api-fetch";
import type { MemberView } from "@/lib/server/members/member-view";
import { roleLabels } from "./role-labels";

export function MemberRow({ projectId, member, isSelf }: { projectId: number; member: MemberView; isSelf: boolean }) {
  const router = useRouter();
  const url = `/api/projects/${projectId}/members/${member.userId}`;
  // Ticks show at once; a refused change (such as demoting the last manager) is undone.
  const [roles, setRoles] = useState(member.roles);
  // Roles changed elsewhere (adding the member again) arrive as new props after a refresh.
  const [serverRoles, setServerRoles] = useState(member.roles.join());
  if (serverRoles !== member.roles.join()) {
    setServerRoles(member.roles.join());
    setRoles(member.roles);
  }
  const updateRoles = useMutation({
    mutationFn: (next: ProjectRole[]) => apiFetch<MemberView>(url, { method: "PUT", json: { roles: next } }),
    onMutate: (next) => setRoles(next),
    onError: () => setRoles(member.roles),
    onSuccess: (saved) => {
      setRoles(saved.roles);
      router.refresh();
    },
  });
  const remove = useMutation({
    mutationFn: () => apiFetch<void>(url, { method: "DELETE" }),
    onSuccess: () => router.refresh(),
  });
  const error = updateRoles.error ?? remove.error;

  function toggle(role: ProjectRole, checked: boolean) {
    updateRoles.mutate(checked ? [...roles, role] : roles.filter((r) => r !== role));
  }

  return (
    <tr className="align-top">
      <td className="px-4 py-3">
        <div className="font-medium text-slate-900">
          {member.name}
          {isSelf && <span className="ml-2 text-xs font-normal text-slate-500">(you)</span>}
        </div>
        <div className="text-sm text-slate-600">{member.email}</div>
        {error && <p role="alert" className="mt-1 text-sm text-red-700">{error.message}</p>}
      </td>
      {roleLabels.map(({ role, label }) => {
        const checked = roles.includes(role);
        // The last role cannot be unticked here; Remove takes a member out of the project.
        const isLastRole = checked && roles.length === 1;
        return (
          <td key={role} className="px-4 py-3 text-center">
            <input type="checkbox" checked={checked} disabled={updateRoles.isPending || isLastRole}
              onChange={(e) => toggle(role, e.target.checked)} aria-label={`${label}: ${member.name}`}
              title={isLastRole ? "A member needs at least one role; use Remove instead" : undefined}
              className="size-4 accent-indigo-600" />
          </td>
        );
      })}
      <td className="px-4 py-3 text-right">
        <ConfirmButton label="Remove" question={`Remove ${member.name} from the project?`} confirmLabel="Yes, remove"
          pending={remove.isPending} onConfirm={() => remove.mutate()} />
      </td>
    </tr>
  );
}
