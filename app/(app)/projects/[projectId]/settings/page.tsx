import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ModelServerSettings } from "@/components/model-server/model-server-settings";
import { ProjectSettingsForm } from "@/components/projects/project-settings-form";
import { parseId } from "@/lib/server/http/api-handler";
import { orNotFound, requirePageCaller } from "@/lib/server/http/page-guard";
import { getModelServer } from "@/lib/server/model-server/get-model-server";
import { getProject } from "@/lib/server/projects/get-project";

export const metadata: Metadata = { title: "Project settings" };

export default async function ProjectSettingsPage({ params }: { params: Promise<{ projectId: string }> }) {
  const caller = await requirePageCaller();
  const { projectId } = await params;
  const project = await orNotFound(() => getProject({ caller, projectId: parseId(projectId, "Project") }));
  // The API refuses non-managers as well; the page simply does not exist for them.
  if (!project.roles.includes("manager")) notFound();
  const { modelServer } = await getModelServer({ caller, projectId: project.id });
  return (
    <div className="mx-auto max-w-3xl space-y-6 px-4 py-8">
      <h2 className="text-xl font-semibold tracking-tight">Settings</h2>
      <ProjectSettingsForm project={project} />
      <ModelServerSettings projectId={project.id} initial={modelServer} />
    </div>
  );
}
