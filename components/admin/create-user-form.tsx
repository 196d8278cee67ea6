"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { type FormEvent, useState } from "react";
import { apiFetch } from "@/lib/client/api-fetch";

interface NewUser {
  email: string;
  name: string;
  password: string;
  isAdmin: boolean;
}

const emptyUser: NewUser = { email: "", name: "", password: "", isAdmin: false };
const inputClass = "w-full rounded-md border border-slate-300 px-3 py-2";

export function CreateUserForm() {
  const router = useRouter();
  const [user, setUser] = useState(emptyUser);
  const create = useMutation({
    mutationFn: (body: NewUser) => apiFetch<{ email: string }>("/api/users", { method: "POST", json: body }),
    onSuccess: () => {
      setUser(emptyUser);
      router.refresh();
    },
  });

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    create.mutate(user);
  }

  return (
    <form onSubmit={onSubmit} aria-labelledby="create-user-heading"
      className="space-y-4 rounded-lg border border-dashed border-slate-300 bg-white p-5">
      <h2 id="create-user-heading" className="font-medium">Create an account</h2>
      <div className="grid gap-4 sm:grid-cols-3">
        <div className="space-y-1">
          <label htmlFor="new-user-email" className="block text-sm font-medium">Email</label>
          <input id="new-user-email" type="email" value={user.email} onChange={(e) => setUser({ ...user, email: e.target.value })}
            required maxLength={320} autoComplete="off" className={inputClass} />
        </div>
        <div className="space-y-1">
          <label htmlFor="new-user-name" className="block text-sm font-medium">Name</label>
          <input id="new-user-name" value={user.name} onChange={(e) => setUser({ ...user, name: e.target.value })}
            required maxLength={200} autoComplete="off" className={inputClass} />
        </div>
        <div className="space-y-1">
          <label htmlFor="new-user-password" className="block text-sm font-medium">Initial password</label>
          <input id="new-user-password" type="password" value={user.password} minLength={10} maxLength={1024} required
            onChange={(e) => setUser({ ...user, password: e.target.value })} autoComplete="new-password"
            aria-describedby="new-user-password-help" className={inputClass} />
          <p id="new-user-password-help" className="text-xs text-slate-500">At least 10 characters; share it with the person privately.</p>
        </div>
      </div>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" checked={user.isAdmin} onChange={(e) => setUser({ ...user, isAdmin: e.target.checked })}
          className="size-4 accent-indigo-600" />
        Instance admin (may create projects and accounts)
      </label>
      <div className="flex items-center gap-4">
        <button type="submit" disabled={create.isPending}
          className="rounded-md bg-indigo-600 px-4 py-2 font-medium text-white hover:bg-indigo-700 disabled:opacity-60">
          Create account
        </button>
        <p role="status" className="text-sm text-green-700">{create.isSuccess ? `Created ${create.data.email}.` : ""}</p>
      </div>
      {create.error && <p role="alert" className="text-sm text-red-700">{create.error.message}</p>}
    </form>
  );
}
