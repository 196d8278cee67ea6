"use client";

import { useMutation } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { apiFetch } from "@/lib/client/api-fetch";
import type { ModelServerView } from "@/lib/server/model-server/model-server-view";
import type { PredictionRun } from "@/lib/server/model-server/predict-documents";
import { ModelServerStatusLine } from "./model-server-status-line";

const inputClass = "w-full rounded-md border border-slate-300 px-3 py-2";
const buttonClass = "rounded-md border border-slate-300 px-3 py-1.5 text-sm hover:bg-slate-50 disabled:opacity-60";

/**
 * The project's model server: an HTTP endpoint speaking Label Studio's ML backend protocol
 * (spaCy, transformers, … backends work unchanged). Its predictions become the dashed
 * suggestions annotators accept or reject.
 */
export function ModelServerSettings({ projectId, initial }: { projectId: number; initial: ModelServerView | null }) {
  const base = `/api/projects/${projectId}/model-server`;
  const [server, setServer] = useState(initial);
  // A URL shown masked cannot be saved back: the field starts empty when it carries credentials.
  const [url, setUrl] = useState(initial && !initial.url.includes("***@") ? initial.url : "");
  const [timeoutSeconds, setTimeoutSeconds] = useState(String((initial?.timeoutMs ?? 10_000) / 1000));
  const [lastRun, setLastRun] = useState<PredictionRun | null>(null);
  const onServer = ({ modelServer }: { modelServer: ModelServerView }) => setServer(modelServer);
  const save = useMutation({
    mutationFn: () =>
      apiFetch<{ modelServer: ModelServerView }>(base, { method: "PUT", json: { url, timeoutMs: Math.round(Number(timeoutSeconds) * 1000) } }),
    onSuccess: onServer,
  });
  const test = useMutation({ mutationFn: () => apiFetch<{ modelServer: ModelServerView }>(`${base}/health`, { method: "POST" }), onSuccess: onServer });
  const predict = useMutation({
    mutationFn: () => apiFetch<PredictionRun>(`${base}/predictions`, { method: "POST", json: {} }),
    onSuccess: (run) => {
      setServer(run.modelServer);
      setLastRun(run);
    },
  });
  const clear = useMutation({
    mutationFn: () => apiFetch<void>(base, { method: "DELETE" }),
    onSuccess: () => {
      setServer(null);
      setUrl("");
    },
  });
  const error = save.error ?? test.error ?? predict.error ?? clear.error;
  const busy = save.isPending || test.isPending || predict.isPending || clear.isPending;

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    save.mutate();
  }

  return (
    <section aria-labelledby="model-server-heading" className="space-y-4 rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
      <div className="space-y-1">
        <h2 id="model-server-heading" className="text-lg font-semibold tracking-tight">Model server</h2>
        <p className="text-sm text-slate-600">
          An HTTP endpoint that speaks Label Studio&apos;s ML backend protocol (<code>/health</code>, <code>/setup</code>,{" "}
          <code>/predict</code>, <code>/webhook</code>). Its predictions appear to annotators as suggestions; they count as
          nobody&apos;s work until a person accepts them.
        </p>
      </div>
      <form onSubmit={onSubmit} className="grid gap-3 sm:grid-cols-[1fr_8rem_auto] sm:items-end">
        <div className="space-y-1">
          <label htmlFor="model-server-url" className="block text-sm font-medium">Model server URL</label>
          <input id="model-server-url" type="url" value={url} onChange={(e) => setUrl(e.target.value)} required
            placeholder={server?.url ?? "http://localhost:9090/"} className={inputClass} />
        </div>
        <div className="space-y-1">
          <label htmlFor="model-server-timeout" className="block text-sm font-medium">Timeout (s)</label>
          <input id="model-server-timeout" type="number" min={0.5} max={120} step={0.5} value={timeoutSeconds}
            onChange={(e) => setTimeoutSeconds(e.target.value)} className={inputClass} />
        </div>
        <button type="submit" disabled={busy} className="rounded-md bg-slate-900 px-4 py-2 text-sm font-medium text-white disabled:opacity-60">
          Save
        </button>
      </form>
      {server && (
        <div className="space-y-3">
          <p className="text-sm">Connected to <span className="font-mono">{server.url}</span></p>
          <ModelServerStatusLine server={server} />
          <div className="flex flex-wrap gap-2">
            <button type="button" onClick={() => test.mutate()} disabled={busy} className={buttonClass}>
              {test.isPending ? "Testing…" : "Test connection"}
            </button>
            <button type="button" onClick={() => predict.mutate()} disabled={busy} className={buttonClass}>
              {predict.isPending ? "Predicting…" : "Predict documents without predictions"}
            </button>
            <button type="button" onClick={() => clear.mutate()} disabled={busy} className={`${buttonClass} border-red-300 text-red-700`}>
              Disconnect
            </button>
          </div>
          {lastRun && (
            <p role="status" className="text-sm text-slate-700">
              Predicted {lastRun.predicted} {lastRun.predicted === 1 ? "document" : "documents"} ({lastRun.spans} {lastRun.spans === 1 ? "span" : "spans"}
              {lastRun.dropped > 0 ? `; ${lastRun.dropped} dropped, not matching the text or the labels` : ""})
              {lastRun.failed > 0 ? `; ${lastRun.failed} got no answer` : ""}
              {lastRun.remaining > 0 ? `; ${lastRun.remaining} still to do` : ""}.
            </p>
          )}
        </div>
      )}
      {error && <p role="alert" className="text-sm text-red-700">{error.message}</p>}
    </section>
  );
}
