"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

export function ProjectTabs({
  projectId,
  isManager,
  isReviewer,
  isAnnotator,
  showInsights,
}: {
  projectId: number;
  isManager: boolean;
  isReviewer: boolean;
  isAnnotator: boolean;
  /** Reviewers and managers, and annotators where the project opens Insights to them. */
  showInsights: boolean;
}) {
  const pathname = usePathname();
  const base = `/projects/${projectId}`;
  // Every member may read the catalogs and the label schema; managers also change them.
  const tabs = [
    { href: base, label: "Overview" },
    ...(isAnnotator ? [{ href: `${base}/queue`, label: "My documents" }] : []),
    { href: `${base}/documents`, label: "Documents" },
    ...(isManager
      ? [
          { href: `${base}/import`, label: "Import" },
          { href: `${base}/assignments`, label: "Assignments" },
        ]
      : []),
    { href: `${base}/claims`, label: "Claims" },
    { href: `${base}/entities`, label: "Entities" },
    { href: `${base}/schema`, label: "Labels" },
    ...(isManager || isReviewer
      ? [
          { href: `${base}/review`, label: "Review" },
          { href: `${base}/export`, label: "Export" },
        ]
      : []),
    ...(showInsights ? [{ href: `${base}/insights`, label: "Insights" }] : []),
    ...(isManager
      ? [
          { href: `${base}/members`, label: "Members" },
          { href: `${base}/settings`, label: "Settings" },
        ]
      : []),
  ];
  return (
    <nav aria-label="Project" className="-mb-px mt-3 flex gap-1 overflow-x-auto">
      {tabs.map((tab) => {
        const active = tab.href === base ? pathname === base : pathname.startsWith(tab.href);
        return (
          <Link
            key={tab.href}
            href={tab.href}
            aria-current={active ? "page" : undefined}
            className={`whitespace-nowrap border-b-2 px-3 py-2 text-sm ${
              active ? "border-indigo-600 font-medium text-indigo-700" : "border-transparent text-slate-600 hover:text-slate-900"
            }`}
          >
            {tab.label}
          </Link>
        );
      })}
    </nav>
  );
}
