"use client";

import { useMutation } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { apiFetch } from "@/lib/client/api-fetch";

interface CreatedToken {
  id: number;
  name: string;
  token: string;
}

export function CreateTokenForm({ onCreated }: { onCreated: () => void }) {
  const [name, setName] = useState("");
  const [copied, setCopied] = useState(false);
  const create = useMutation({
    mutationFn: (body: { name: string }) => apiFetch<CreatedToken>("/api/tokens", { method: "POST", json: body }),
    onSuccess: () => {
      setName("");
      setCopied(false);
      onCreated();
    },
  });

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    create.mutate({ name });
  }

  async function copy(token: string) {
    await navigator.clipboard.writeText(token);
    setCopied(true);
  }

  return (
    <form onSubmit={onSubmit} aria-labelledby="create-token-heading"
      className="space-y-3 rounded-lg border border-dashed border-slate-300 bg-white p-5">
      <h3 id="create-token-heading" className="font-medium">Create a token</h3>
      <div className="flex items-end gap-3">
        <div className="flex-1 space-y-1">
          <label htmlFor="new-token-name" className="block text-sm font-medium">Token name</label>
          <input id="new-token-name" value={name} onChange={(e) => setName(e.target.value)} required maxLength={100}
            placeholder="e.g. export script" autoComplete="off" className="w-full rounded-md border border-slate-300 px-3 py-2" />
        </div>
        <button type="submit" disabled={create.isPending}
          className="rounded-md bg-indigo-600 px-4 py-2 font-medium text-white hover:bg-indigo-700 disabled:opacity-60">
          Create token
        </button>
      </div>
      {create.data && (
        <div role="status" className="space-y-2 rounded-md bg-amber-50 p-3 text-sm">
          <p>Copy the token <strong>{create.data.name}</strong> now; it will not be shown again.</p>
          <div className="flex items-center gap-2">
            <code aria-label="New API token" className="flex-1 break-all rounded bg-white px-2 py-1 font-mono">
              {create.data.token}
            </code>
            <button type="button" onClick={() => void copy(create.data.token)}
              className="rounded-md border border-slate-300 bg-white px-3 py-1 hover:bg-slate-50">
              {copied ? "Copied" : "Copy"}
            </button>
          </div>
        </div>
      )}
      {create.error && <p role="alert" className="text-sm text-red-700">{create.error.message}</p>}
    </form>
  );
}
