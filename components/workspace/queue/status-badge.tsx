const looks: Record<string, { label: string; className: string }> = {
  assigned: { label: "To do", className: "bg-slate-100 text-slate-700" },
  in_progress: { label: "In progress", className: "bg-amber-100 text-amber-800" },
  submitted: { label: "Submitted", className: "bg-emerald-100 text-emerald-800" },
  skipped: { label: "Skipped", className: "bg-slate-100 text-slate-500" },
};

export function StatusBadge({ status }: { status: string }) {
  const look = looks[status] ?? { label: status, className: "bg-slate-100 text-slate-700" };
  return <span className={`w-24 rounded-full px-2 py-0.5 text-center text-xs font-medium ${look.className}`}>{look.label}</span>;
}
