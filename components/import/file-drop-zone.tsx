"use client";

import { type DragEvent, useState } from "react";

/** Drag-and-drop target with an ordinary file input, so that keyboards and tests can pick files too. */
export function FileDropZone({
  accept,
  maxUploadMb,
  disabled,
  onFiles,
}: {
  accept: readonly string[];
  maxUploadMb: number;
  disabled: boolean;
  onFiles: (files: File[]) => void;
}) {
  const [isDragging, setIsDragging] = useState(false);

  function onDragOver(event: DragEvent) {
    event.preventDefault();
    if (!disabled) setIsDragging(true);
  }

  function onDrop(event: DragEvent) {
    event.preventDefault();
    setIsDragging(false);
    if (!disabled) onFiles([...event.dataTransfer.files]);
  }

  return (
    <div
      onDragOver={onDragOver}
      onDragLeave={() => setIsDragging(false)}
      onDrop={onDrop}
      className={`flex flex-col items-center gap-3 rounded-lg border-2 border-dashed px-6 py-10 text-center transition ${
        isDragging ? "border-indigo-500 bg-indigo-50" : "border-slate-300 bg-white"
      }`}
    >
      <p className="text-slate-700">Drag and drop files here, or</p>
      <input
        id="import-files"
        type="file"
        multiple
        accept={accept.join(",")}
        disabled={disabled}
        className="peer sr-only"
        onChange={(event) => {
          onFiles([...(event.target.files ?? [])]);
          // Lets the same file be chosen again after it was removed from the list.
          event.target.value = "";
        }}
      />
      <label
        htmlFor="import-files"
        className="cursor-pointer rounded-md border border-slate-300 bg-white px-4 py-2 font-medium text-slate-800 shadow-sm hover:bg-slate-50 peer-focus-visible:outline-2 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-indigo-500 peer-disabled:cursor-not-allowed peer-disabled:opacity-60"
      >
        Choose files
      </label>
      <p className="text-xs text-slate-500">
        {accept.join(" ")} · up to {maxUploadMb} MB per upload
      </p>
    </div>
  );
}
