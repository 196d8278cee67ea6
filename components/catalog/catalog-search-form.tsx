import Link from "next/link";

/**
 * A plain GET form: the filters live in the URL, so the server renders the filtered list
 * and a filtered view can be bookmarked or shared.
 */
export function CatalogSearchForm({
  action,
  query,
  label,
  statusFilter,
}: {
  action: string;
  query: string;
  label: string;
  statusFilter?: { value: string; options: { value: string; label: string }[] };
}) {
  const isFiltered = query !== "" || (statusFilter?.value ?? "") !== "";
  return (
    <form method="get" action={action} role="search" className="flex flex-wrap items-end gap-3">
      <div className="min-w-64 flex-1 space-y-1">
        <label htmlFor="catalog-q" className="block text-sm font-medium">{label}</label>
        <input id="catalog-q" name="q" type="search" defaultValue={query} maxLength={200}
          className="w-full rounded-md border border-slate-300 px-3 py-2" />
      </div>
      {statusFilter && (
        <div className="space-y-1">
          <label htmlFor="catalog-status" className="block text-sm font-medium">Status</label>
          <select id="catalog-status" name="status" defaultValue={statusFilter.value}
            className="rounded-md border border-slate-300 bg-white px-3 py-2">
            {statusFilter.options.map((option) => (
              <option key={option.value} value={option.value}>{option.label}</option>
            ))}
          </select>
        </div>
      )}
      <button type="submit" className="rounded-md border border-slate-300 bg-white px-4 py-2 font-medium text-slate-700 hover:bg-slate-100">
        Search
      </button>
      {isFiltered && (
        <Link href={action} className="px-2 py-2 text-sm text-slate-600 hover:text-slate-900">
          Clear
        </Link>
      )}
    </form>
  );
}
