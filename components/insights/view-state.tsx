/** What a view shows while it has no chart: loading, the API's error, or why it is empty. */
export function ViewState({
  isPending,
  error,
  empty,
  emptyText,
}: {
  isPending: boolean;
  error: Error | null;
  empty: boolean;
  emptyText: string;
}) {
  if (error) return <p role="alert" className="mt-3 text-sm text-red-700">{error.message}</p>;
  if (isPending) return <p className="mt-3 text-sm text-slate-600">Loading…</p>;
  if (empty) return <p className="mt-3 text-sm text-slate-600">{emptyText}</p>;
  return null;
}
