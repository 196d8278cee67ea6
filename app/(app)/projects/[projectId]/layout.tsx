import type { ReactNode } from "react";
import { ProjectTabs } from "@/components/projects/project-tabs";
import { parseId } from "@/lib/server/http/api-handler";
import { orNotFound, requirePageCaller } from "@/lib/server/http/page-guard";
import { getProject } from "@/lib/server/projects/get-project";

export default async function ProjectLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ projectId: string }>;
}) {
  const caller = await requirePageCaller();
  const { projectId } = await params;
  const project = await orNotFound(() => getProject({ caller, projectId: parseId(projectId, "Project") }));
  const reviews = project.roles.includes("reviewer") || project.roles.includes("manager");
  return (
    <div>
      <div className="border-b border-slate-200 bg-white">
        <div className="mx-auto max-w-7xl px-4 pt-5">
          <h1 className="text-xl font-semibold tracking-tight">{project.name}</h1>
          <ProjectTabs
            projectId={project.id}
            isManager={project.roles.includes("manager")}
            isReviewer={project.roles.includes("reviewer")}
            isAnnotator={project.roles.includes("annotator")}
            showInsights={reviews || project.settings.insightsForAnnotators}
          />
        </div>
      </div>
      {children}
    </div>
  );
}
