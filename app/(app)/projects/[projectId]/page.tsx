import type { Metadata } from "next";
import Link from "next/link";
import { GuidelinesMarkdown } from "@/components/projects/guidelines-markdown";
import { RecommenderQualityTable } from "@/components/recommenders/recommender-quality-table";
import { countProjectContents } from "@/lib/server/projects/count-project-contents";
import { parseId } from "@/lib/server/http/api-handler";
import { orNotFound, requirePageCaller } from "@/lib/server/http/page-guard";
import { getProject } from "@/lib/server/projects/get-project";
import { getRecommenderQuality } from "@/lib/server/recommenders/get-recommender-quality";

export const metadata: Metadata = { title: "Project overview" };

export default async function ProjectOverviewPage({ params }: { params: Promise<{ projectId: string }> }) {
  const caller = await requirePageCaller();
  const { projectId } = await params;
  const [project, counts] = await orNotFound(() => {
    const id = parseId(projectId, "Project");
    return Promise.all([getProject({ caller, projectId: id }), countProjectContents({ caller, projectId: id })]);
  });
  const base = `/projects/${project.id}`;
  const isManager = project.roles.includes("manager");
  const recommenders =
    isManager || project.roles.includes("reviewer") ? await getRecommenderQuality({ caller, projectId: project.id }) : null;
  const stats = [
    { label: "Documents", value: counts.documents, href: `${base}/documents` },
    { label: "Members", value: counts.members, href: isManager ? `${base}/members` : null },
    {
      label: "Claims",
      value: counts.claims,
      href: `${base}/claims`,
      note: counts.proposedClaims > 0 ? `${counts.proposedClaims} awaiting approval` : null,
    },
    { label: "Entities", value: counts.entities, href: `${base}/entities` },
  ];
  const quickLinks = [
    { label: "Browse documents", href: `${base}/documents` },
    ...(isManager ? [{ label: "Import documents", href: `${base}/import` }] : []),
    { label: "Label schema", href: `${base}/schema` },
    ...(isManager ? [{ label: "Project settings", href: `${base}/settings` }] : []),
  ];

  return (
    <div className="mx-auto max-w-7xl space-y-8 px-4 py-8">
      {project.description && <p className="max-w-3xl text-slate-700">{project.description}</p>}

      <section aria-label="Project figures" className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        {stats.map((stat) => {
          const body = (
            <>
              <p className="text-sm text-slate-600">{stat.label}</p>
              <p className="mt-1 text-3xl font-semibold tabular-nums text-slate-900">{stat.value}</p>
              {stat.note && <p className="mt-1 text-xs font-medium text-amber-700">{stat.note}</p>}
            </>
          );
          const tile = "block h-full rounded-lg border border-slate-200 bg-white p-5 shadow-sm";
          return stat.href ? (
            <Link key={stat.label} href={stat.href} className={`${tile} transition hover:border-indigo-300 hover:shadow`}>
              {body}
            </Link>
          ) : (
            <div key={stat.label} className={tile}>
              {body}
            </div>
          );
        })}
      </section>

      <div className="grid gap-8 lg:grid-cols-[1fr_16rem]">
        <section aria-labelledby="guidelines-heading" className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
          <h2 id="guidelines-heading" className="mb-4 text-lg font-semibold tracking-tight">
            Guidelines
          </h2>
          {project.guidelines.trim() ? (
            <GuidelinesMarkdown markdown={project.guidelines} />
          ) : (
            <p className="text-sm text-slate-600">
              No guidelines yet.{isManager && " Write them in the project settings."}
            </p>
          )}
        </section>
        <nav aria-label="Quick links" className="space-y-2">
          <h2 className="text-sm font-medium uppercase tracking-wide text-slate-500">Quick links</h2>
          <ul className="space-y-1">
            {quickLinks.map((link) => (
              <li key={link.href}>
                <Link href={link.href} className="text-sm text-indigo-700 hover:text-indigo-900 hover:underline">
                  {link.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>
      {recommenders && <RecommenderQualityTable projectId={project.id} items={recommenders.items} canManage={isManager} />}
    </div>
  );
}
