"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { type FormEvent, useState } from "react";
import { apiFetch } from "@/lib/client/api-fetch";

export function CreateProjectForm() {
  const router = useRouter();
  const [name, setName] = useState("");
  const create = useMutation({
    mutationFn: (body: { name: string }) => apiFetch<{ id: number }>("/api/projects", { method: "POST", json: body }),
    onSuccess: (project) => router.push(`/projects/${project.id}`),
  });

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    create.mutate({ name });
  }

  return (
    <form onSubmit={onSubmit} className="flex flex-wrap items-end gap-3 rounded-lg border border-dashed border-slate-300 bg-white p-5">
      <div className="min-w-64 flex-1 space-y-1">
        <label htmlFor="project-name" className="block text-sm font-medium">
          New project name
        </label>
        <input id="project-name" value={name} onChange={(e) => setName(e.target.value)} required maxLength={200}
          className="w-full rounded-md border border-slate-300 px-3 py-2" />
      </div>
      <button type="submit" disabled={create.isPending}
        className="rounded-md bg-indigo-600 px-4 py-2 font-medium text-white hover:bg-indigo-700 disabled:opacity-60">
        Create project
      </button>
      {create.error && <p role="alert" className="w-full text-sm text-red-700">{create.error.message}</p>}
    </form>
  );
}
