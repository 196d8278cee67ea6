"use client";

import Link from "next/link";
import type { EvidenceItem, StanceLegendItem } from "./insights-types";

/**
 * The claim spans behind a network node or edge. Quotes and titles are data: React renders them
 * as text, never as markup.
 */
export function EvidenceList({
  heading,
  items,
  stances,
  isPending,
  error,
  truncated,
  limit,
}: {
  heading: string;
  items: EvidenceItem[];
  stances: StanceLegendItem[];
  isPending: boolean;
  error: Error | null;
  truncated: boolean;
  limit: number;
}) {
  const byKey = new Map(stances.map((stance) => [stance.key, stance]));
  return (
    <section aria-labelledby="evidence-heading" aria-busy={isPending} className="space-y-3">
      <h4 id="evidence-heading" className="text-sm font-semibold">{heading}</h4>
      {error ? (
        <p role="alert" className="text-sm text-red-700">{error.message}</p>
      ) : isPending ? (
        <p className="text-sm text-slate-600">Loading evidence…</p>
      ) : items.length === 0 ? (
        <p className="text-sm text-slate-600">No claim spans match this selection and filter.</p>
      ) : (
        <>
          <p className="text-xs text-slate-500">
            {truncated ? `The first ${limit} spans` : `${items.length} span(s)`}, oldest article first.
          </p>
          <ol className="max-h-[32rem] divide-y divide-slate-100 overflow-y-auto rounded-md border border-slate-200">
            {items.map((item) => {
              const stance = item.stance ? byKey.get(item.stance) : undefined;
              return (
                <li key={`${item.set}-${item.annotationId}`}>
                  <Link href={item.href} className="block px-3 py-2 hover:bg-indigo-50 focus-visible:bg-indigo-50">
                    <q lang={item.language} className="block font-serif text-sm text-slate-900">{item.quote}</q>
                    <span className="mt-1 flex flex-wrap items-center gap-x-3 gap-y-1 text-xs text-slate-600">
                      {item.stance && (
                        <span className="inline-flex items-center gap-1 font-medium text-slate-800">
                          <span aria-hidden="true" className="inline-block size-2.5 rounded-sm" style={{ backgroundColor: stance?.color ?? "#94a3b8" }} />
                          {stance?.name ?? item.stance}
                        </span>
                      )}
                      <span className="font-medium text-indigo-700">{item.documentTitle}</span>
                      <span>{item.publishedAt ?? "undated"}</span>
                      <span>{item.language}</span>
                      <span>{item.set === "gold" ? "gold" : (item.annotator ?? "annotator")}</span>
                    </span>
                  </Link>
                </li>
              );
            })}
          </ol>
        </>
      )}
    </section>
  );
}
