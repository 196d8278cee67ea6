"use client";

import { GuidelinesMarkdown } from "@/components/projects/guidelines-markdown";
import { Modal } from "./modal";

/** The project's guidelines, one key (?) away; markdown without raw HTML. */
export function GuidelinesDialog({ open, onClose, markdown }: { open: boolean; onClose: () => void; markdown: string }) {
  return (
    <Modal open={open} onClose={onClose} title="Annotation guidelines" wide>
      {markdown.trim() ? <GuidelinesMarkdown markdown={markdown} /> : <p className="text-sm text-slate-600">This project has no guidelines yet.</p>}
    </Modal>
  );
}
