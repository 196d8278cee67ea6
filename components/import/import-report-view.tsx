import Link from "next/link";
import { Fragment } from "react";
import type { ImportReport } from "@/lib/server/documents/import-report";

export function ImportReportView({ projectId, report }: { projectId: number; report: ImportReport }) {
  const documentHref = (id: number) => `/projects/${projectId}/documents/${id}`;
  const { imported, duplicates, errors, annotations, created } = report;
  const createdLabels = [
    ["entity types", created.entityTypes],
    ["stances", created.stanceLabels],
    ["relation types", created.relationTypes],
  ] as const;
  const createdCatalog = [
    created.claims > 0 ? `${created.claims} ${created.claims === 1 ? "claim" : "claims"}` : null,
    created.entities > 0 ? `${created.entities} ${created.entities === 1 ? "entity" : "entities"}` : null,
  ].filter((part) => part !== null);
  const plural = (count: number, one: string, many: string) => `${count.toLocaleString()} ${count === 1 ? one : many}`;
  return (
    <section aria-labelledby="import-report-heading" className="space-y-5">
      <h2 id="import-report-heading" className="text-lg font-semibold">Import report</h2>
      <p role="status" className="text-slate-700">
        {imported.length} imported · {duplicates.length} {duplicates.length === 1 ? "duplicate" : "duplicates"} ·{" "}
        {errors.length} {errors.length === 1 ? "error" : "errors"}
        {annotations.spans > 0 &&
          ` · ${plural(annotations.spans, "span", "spans")}, ${plural(annotations.relations, "relation", "relations")}, ${plural(annotations.documentLabels, "document label", "document labels")}`}
      </p>

      {(createdLabels.some(([, keys]) => keys.length > 0) || createdCatalog.length > 0) && (
        <div className="rounded-lg border border-indigo-200 bg-indigo-50 p-4 text-sm text-indigo-950">
          <h3 className="font-medium">Created for the annotations</h3>
          <ul className="mt-2 space-y-1">
            {createdLabels.map(([what, keys]) =>
              keys.length > 0 ? (
                <li key={what}>
                  {what}:{" "}
                  {keys.map((key, index) => (
                    <Fragment key={key}>
                      {index > 0 && ", "}
                      <code className="rounded bg-white px-1">{key}</code>
                    </Fragment>
                  ))}
                </li>
              ) : null,
            )}
            {createdCatalog.length > 0 && <li>catalog: {createdCatalog.join(", ")}</li>}
          </ul>
        </div>
      )}

      {errors.length > 0 && (
        <div className="rounded-lg border border-red-200 bg-red-50 p-4">
          <h3 className="font-medium text-red-900">Errors — these files imported nothing</h3>
          <table className="mt-2 w-full text-left text-sm text-red-900">
            <thead className="text-xs uppercase tracking-wide text-red-700">
              <tr>
                <th scope="col" className="py-1 pr-4 font-medium">File</th>
                <th scope="col" className="py-1 pr-4 font-medium">Line</th>
                <th scope="col" className="py-1 font-medium">Problem</th>
              </tr>
            </thead>
            <tbody>
              {errors.map((error, index) => (
                <tr key={`${error.file}-${index}`} className="align-top">
                  <td className="py-1 pr-4 font-medium break-words">{error.file}</td>
                  <td className="py-1 pr-4 tabular-nums">{error.line ?? "—"}</td>
                  <td className="py-1">
                    {error.message} <code className="text-xs text-red-700">({error.code})</code>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      {duplicates.length > 0 && (
        <div className="rounded-lg border border-amber-200 bg-amber-50 p-4">
          <h3 className="font-medium text-amber-900">Duplicates — already in the project, not stored again</h3>
          <ul className="mt-2 space-y-1 text-sm text-amber-900">
            {duplicates.map((duplicate, index) => (
              <li key={`${duplicate.file}-${index}`}>
                <span className="font-medium">{duplicate.file}</span> is the same text as{" "}
                <Link href={documentHref(duplicate.duplicateOf)} className="underline hover:text-amber-700">
                  document {duplicate.duplicateOf}
                </Link>
              </li>
            ))}
          </ul>
        </div>
      )}

      {imported.length > 0 && (
        <div className="rounded-lg border border-emerald-200 bg-emerald-50 p-4">
          <h3 className="font-medium text-emerald-900">Imported</h3>
          <ul className="mt-2 space-y-1 text-sm text-emerald-950">
            {imported.map((document) => (
              <li key={document.id} className="flex flex-wrap gap-x-2">
                <Link href={documentHref(document.id)} className="font-medium underline hover:text-emerald-700">
                  {document.title}
                </Link>
                <span className="text-emerald-800">
                  {document.language} · {document.chars.toLocaleString()} characters
                  {document.spans !== undefined && ` · ${plural(document.spans, "span", "spans")}`} · from {document.file}
                </span>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
