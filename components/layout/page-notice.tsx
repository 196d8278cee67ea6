import Link from "next/link";
import type { ReactNode } from "react";

/** A whole-page message (nothing found, a failure) with a way back to the projects. */
export function PageNotice({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div className="mx-auto max-w-xl px-4 py-24 text-center">
      <h1 className="text-2xl font-semibold tracking-tight text-slate-900">{title}</h1>
      <div className="mt-3 space-y-4 text-slate-600">{children}</div>
      <p className="mt-8">
        <Link href="/projects" className="font-medium text-indigo-700 hover:text-indigo-900">
          Back to the projects
        </Link>
      </p>
    </div>
  );
}
