import type { Metadata } from "next";
import Link from "next/link";
import { CreateProjectForm } from "@/components/projects/create-project-form";
import { listProjects } from "@/lib/server/projects/list-projects";
import { requirePageCaller } from "@/lib/server/http/page-guard";

export const metadata: Metadata = { title: "Projects" };

export default async function ProjectsPage() {
  const caller = await requirePageCaller();
  const projects = await listProjects({ caller });
  return (
    <div className="mx-auto max-w-5xl space-y-8 px-4 py-8">
      <div className="flex items-end justify-between gap-4">
        <h1 className="text-2xl font-semibold tracking-tight">Projects</h1>
      </div>
      {projects.length === 0 ? (
        <p className="text-slate-600">You are not a member of any project yet.</p>
      ) : (
        <ul className="grid gap-4 sm:grid-cols-2">
          {projects.map((project) => (
            <li key={project.id}>
              <Link
                href={`/projects/${project.id}`}
                className="block h-full rounded-lg border border-slate-200 bg-white p-5 shadow-sm transition hover:border-indigo-300 hover:shadow"
              >
                <h2 className="font-medium text-slate-900">{project.name}</h2>
                {project.description && <p className="mt-1 line-clamp-2 text-sm text-slate-600">{project.description}</p>}
                <p className="mt-3 text-xs uppercase tracking-wide text-slate-500">{project.roles.join(" · ")}</p>
              </Link>
            </li>
          ))}
        </ul>
      )}
      {caller.isAdmin && <CreateProjectForm />}
    </div>
  );
}
