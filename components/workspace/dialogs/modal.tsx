"use client";

import { type ReactNode, useEffect, useId, useRef } from "react";

/**
 * A modal on the native <dialog>: focus moves in and back, the page behind is inert, Escape
 * closes. Workspace keys pause while any dialog is open.
 */
export function Modal({
  open,
  title,
  onClose,
  children,
  wide,
}: {
  open: boolean;
  title: string;
  /** Without it the dialog asks for a decision: Escape and the backdrop do not close it. */
  onClose?: () => void;
  children: ReactNode;
  wide?: boolean;
}) {
  const ref = useRef<HTMLDialogElement | null>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      onCancel={(event) => !onClose && event.preventDefault()}
      onClose={() => onClose?.()}
      onClick={(event) => event.target === ref.current && onClose?.()}
      className={`m-auto w-[calc(100%-2rem)] ${wide ? "max-w-3xl" : "max-w-lg"} rounded-xl border border-slate-200 p-0 text-slate-900 shadow-2xl backdrop:bg-slate-900/40`}
    >
      {open && (
        <div className="flex max-h-[80vh] flex-col">
          <div className="flex items-center border-b border-slate-200 px-5 py-3">
            <h2 id={titleId} className="text-base font-semibold">{title}</h2>
            {onClose && (
              <button type="button" onClick={onClose} className="ml-auto rounded-md px-2 py-1 text-sm text-slate-600 hover:bg-slate-100">
                Close <span className="sr-only">dialog</span>
              </button>
            )}
          </div>
          <div className="overflow-y-auto px-5 py-4">{children}</div>
        </div>
      )}
    </dialog>
  );
}
