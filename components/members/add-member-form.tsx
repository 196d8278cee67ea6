"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { type FormEvent, useState } from "react";
import type { ProjectRole } from "@/db/schema";
import { apiFetch } from "@/lib/client/api-fetch";
import type { MemberView } from "@/lib/server/members/member-view";
import { roleLabels } from "./role-labels";

export function AddMemberForm({ projectId }: { projectId: number }) {
  const router = useRouter();
  const [email, setEmail] = useState("");
  const [roles, setRoles] = useState<ProjectRole[]>(["annotator"]);
  const add = useMutation({
    mutationFn: (body: { email: string; roles: ProjectRole[] }) =>
      apiFetch<MemberView>(`/api/projects/${projectId}/members`, { method: "POST", json: body }),
    onSuccess: () => {
      setEmail("");
      router.refresh();
    },
  });

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    add.mutate({ email, roles });
  }

  return (
    <form onSubmit={onSubmit} aria-labelledby="add-member-heading"
      className="space-y-4 rounded-lg border border-dashed border-slate-300 bg-white p-5">
      <h3 id="add-member-heading" className="font-medium">Add a member</h3>
      <div className="flex flex-wrap items-end gap-4">
        <div className="min-w-64 flex-1 space-y-1">
          <label htmlFor="member-email" className="block text-sm font-medium">Email</label>
          <input id="member-email" type="email" value={email} onChange={(e) => setEmail(e.target.value)} required
            maxLength={320} className="w-full rounded-md border border-slate-300 px-3 py-2" />
        </div>
        <fieldset className="flex gap-4 pb-2">
          <legend className="sr-only">Roles</legend>
          {roleLabels.map(({ role, label }) => (
            <label key={role} className="flex items-center gap-2 text-sm">
              <input type="checkbox" checked={roles.includes(role)} className="size-4 accent-indigo-600"
                onChange={(e) => setRoles(e.target.checked ? [...roles, role] : roles.filter((r) => r !== role))} />
              {label}
            </label>
          ))}
        </fieldset>
        <button type="submit" disabled={add.isPending || roles.length === 0}
          className="rounded-md bg-indigo-600 px-4 py-2 font-medium text-white hover:bg-indigo-700 disabled:opacity-60">
          Add member
        </button>
      </div>
      <p role="status" className="text-sm text-green-700">{add.isSuccess ? `Added ${add.data.name}.` : ""}</p>
      {add.error && <p role="alert" className="text-sm text-red-700">{add.error.message}</p>}
    </form>
  );
}
