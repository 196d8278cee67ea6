import type { ModelServerView } from "@/lib/server/model-server/model-server-view";

const statusText: Record<ModelServerView["status"], { label: string; className: string }> = {
  unchecked: { label: "Not checked yet", className: "bg-slate-100 text-slate-700" },
  ok: { label: "OK", className: "bg-green-100 text-green-800" },
  slow: { label: "Slow", className: "bg-amber-100 text-amber-800" },
  failing: { label: "Failing", className: "bg-red-100 text-red-800" },
};

const when = (iso: string | null) => (iso ? new Date(iso).toLocaleString() : "never");

/** The server's last known state, as a description list. */
export function ModelServerStatusLine({ server }: { server: ModelServerView }) {
  const status = statusText[server.status];
  return (
    <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm" aria-label="Model server status">
      <dt className="text-slate-500">Status</dt>
      <dd>
        <span data-testid="model-server-status" className={`rounded px-2 py-0.5 font-medium ${status.className}`}>{status.label}</span>
        {server.latencyMs !== null && <span className="ml-2 text-slate-500">{server.latencyMs} ms</span>}
        {server.retries > 0 && <span className="ml-2 text-slate-500">after {server.retries} {server.retries === 1 ? "retry" : "retries"}</span>}
      </dd>
      <dt className="text-slate-500">Last checked</dt>
      <dd>{when(server.checkedAt)}</dd>
      <dt className="text-slate-500">Model version</dt>
      <dd>{server.modelVersion ?? "unknown"}{server.modelClass ? ` (${server.modelClass})` : ""}</dd>
      <dt className="text-slate-500">Predicted</dt>
      <dd>{server.documents.predicted} of {server.documents.total} documents</dd>
      {server.lastError !== null && (
        <>
          <dt className="text-slate-500">Last error</dt>
          <dd className="break-all text-red-700">{server.lastError} <span className="text-slate-500">({when(server.lastErrorAt)})</span></dd>
        </>
      )}
    </dl>
  );
}
