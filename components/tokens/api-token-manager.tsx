"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { apiFetch } from "@/lib/client/api-fetch";
import { CreateTokenForm } from "./create-token-form";

export interface ApiTokenItem {
  id: number;
  name: string;
  prefix: string;
  createdAt: string;
  lastUsedAt: string | null;
}

const formatDate = (iso: string) => new Date(iso).toLocaleString();

/** The user's API tokens: a list with revoke buttons and a form that shows a new token once. */
export function ApiTokenManager({ initialTokens }: { initialTokens: ApiTokenItem[] }) {
  const router = useRouter();
  const [pendingId, setPendingId] = useState<number | null>(null);
  const revoke = useMutation({
    mutationFn: (id: number) => apiFetch<void>(`/api/tokens/${id}`, { method: "DELETE" }),
    onMutate: (id) => setPendingId(id),
    onSettled: () => {
      setPendingId(null);
      router.refresh();
    },
  });

  return (
    <section aria-labelledby="tokens-heading" className="space-y-4">
      <div className="space-y-1">
        <h2 id="tokens-heading" className="text-lg font-semibold">API tokens</h2>
        <p className="text-sm text-slate-600">
          Scripts send a token as <code>Authorization: Bearer &lt;token&gt;</code> and act as you. Tokens can only be
          created here, while signed in; revoke one as soon as it may have leaked.
        </p>
      </div>
      {initialTokens.length === 0 ? (
        <p className="text-sm text-slate-500">You have no API tokens.</p>
      ) : (
        <table className="w-full text-left text-sm">
          <thead className="text-slate-500">
            <tr>
              <th className="py-1 font-medium">Name</th>
              <th className="py-1 font-medium">Token</th>
              <th className="py-1 font-medium">Created</th>
              <th className="py-1 font-medium">Last used</th>
              <th className="py-1"><span className="sr-only">Actions</span></th>
            </tr>
          </thead>
          <tbody>
            {initialTokens.map((token) => (
              <tr key={token.id} className="border-t border-slate-200">
                <td className="py-2">{token.name}</td>
                <td className="py-2 font-mono">{token.prefix}…</td>
                <td className="py-2">{formatDate(token.createdAt)}</td>
                <td className="py-2">{token.lastUsedAt ? formatDate(token.lastUsedAt) : "never"}</td>
                <td className="py-2 text-right">
                  <button type="button" onClick={() => revoke.mutate(token.id)} disabled={pendingId === token.id}
                    aria-label={`Revoke ${token.name}`}
                    className="rounded-md border border-red-300 px-3 py-1 text-red-700 hover:bg-red-50 disabled:opacity-60">
                    Revoke
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {revoke.error && <p role="alert" className="text-sm text-red-700">{revoke.error.message}</p>}
      <CreateTokenForm onCreated={() => router.refresh()} />
    </section>
  );
}
