"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { formatBytes } from "@/lib/client/format-bytes";
import { queryKeys } from "@/lib/client/query-keys";
import { uploadWithProgress } from "@/lib/client/upload-with-progress";
import type { ImportReport } from "@/lib/server/documents/import-report";
import { type AnnotationsChoice, AnnotationsTargetFieldset } from "./annotations-target-fieldset";
import { FileDropZone } from "./file-drop-zone";
import { ImportReportView } from "./import-report-view";

const fileKey = (file: File) => `${file.name}:${file.size}:${file.lastModified}`;

export function ImportForm({
  projectId,
  accept,
  maxUploadMb,
  annotators,
}: {
  projectId: number;
  accept: readonly string[];
  maxUploadMb: number;
  annotators: readonly { userId: number; name: string; email: string }[];
}) {
  const queryClient = useQueryClient();
  const [files, setFiles] = useState<File[]>([]);
  const [annotations, setAnnotations] = useState<AnnotationsChoice>({ as: "preannotations" });
  const [progress, setProgress] = useState(0);
  const upload = useMutation({
    mutationFn: (chosen: File[]) => {
      const form = new FormData();
      for (const file of chosen) form.append("files", file);
      form.append("annotations", annotations.as);
      if (annotations.as === "annotator" && annotations.annotatorId !== null) form.append("annotatorId", String(annotations.annotatorId));
      setProgress(0);
      return uploadWithProgress<ImportReport>(`/api/projects/${projectId}/documents`, form, setProgress);
    },
    onSuccess: () => {
      setFiles([]);
      return queryClient.invalidateQueries({ queryKey: queryKeys.documents.all(projectId) });
    },
  });

  function addFiles(added: File[]) {
    setFiles((current) => {
      const known = new Set(current.map(fileKey));
      return [...current, ...added.filter((file) => !known.has(fileKey(file)))];
    });
  }

  const totalBytes = files.reduce((sum, file) => sum + file.size, 0);
  const percent = Math.round(progress * 100);

  return (
    <div className="space-y-6">
      <FileDropZone accept={accept} maxUploadMb={maxUploadMb} disabled={upload.isPending} onFiles={addFiles} />
      <AnnotationsTargetFieldset annotators={annotators} value={annotations} disabled={upload.isPending} onChange={setAnnotations} />

      {files.length > 0 && (
        <section aria-labelledby="chosen-files-heading" className="rounded-lg border border-slate-200 bg-white">
          <h2 id="chosen-files-heading" className="border-b border-slate-200 px-4 py-2 text-sm font-medium">
            {files.length} {files.length === 1 ? "file" : "files"} chosen · {formatBytes(totalBytes)}
          </h2>
          <ul className="divide-y divide-slate-100">
            {files.map((file) => (
              <li key={fileKey(file)} className="flex items-center gap-3 px-4 py-2 text-sm">
                <span className="min-w-0 flex-1 truncate">{file.name}</span>
                <span className="text-slate-500">{formatBytes(file.size)}</span>
                <button
                  type="button"
                  disabled={upload.isPending}
                  onClick={() => setFiles((current) => current.filter((f) => f !== file))}
                  aria-label={`Remove ${file.name}`}
                  className="rounded px-2 text-slate-500 hover:bg-slate-100 hover:text-slate-900 disabled:opacity-50"
                >
                  ×
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}

      <div className="flex items-center gap-4">
        <button
          type="button"
          disabled={files.length === 0 || upload.isPending}
          onClick={() => upload.mutate(files)}
          className="rounded-md bg-indigo-600 px-4 py-2 font-medium text-white hover:bg-indigo-700 disabled:opacity-60"
        >
          Import
        </button>
        {upload.isPending && (
          <div className="flex flex-1 items-center gap-3">
            <div
              role="progressbar"
              aria-label="Upload progress"
              aria-valuemin={0}
              aria-valuemax={100}
              aria-valuenow={percent}
              className="h-2 flex-1 overflow-hidden rounded-full bg-slate-200"
            >
              <div className="h-full bg-indigo-600 transition-[width]" style={{ width: `${percent}%` }} />
            </div>
            <span className="w-28 text-sm text-slate-600">{percent < 100 ? `Uploading ${percent}%` : "Processing…"}</span>
          </div>
        )}
      </div>

      {upload.error && (
        <p role="alert" className="rounded-md border border-red-200 bg-red-50 px-4 py-3 text-sm text-red-800">
          {upload.error.message}
        </p>
      )}
      {upload.data && <ImportReportView projectId={projectId} report={upload.data} />}
    </div>
  );
}
