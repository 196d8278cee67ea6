import type { Metadata } from "next";
import { QueueView } from "@/components/workspace/queue/queue-view";
import { requireCaller } from "@/lib/server/auth/caller";
import { parseId } from "@/lib/server/http/api-handler";
import { orNotFound } from "@/lib/server/http/page-guard";
import { getProject } from "@/lib/server/projects/get-project";

export const metadata: Metadata = { title: "My documents" };

/** The annotator's queue: progress, the documents to annotate, and the way to the next one. */
export default async function QueuePage({
  params,
  searchParams,
}: {
  params: Promise<{ projectId: string }>;
  searchParams: Promise<{ submitted?: string }>;
}) {
  const caller = await requireCaller();
  const { projectId } = await params;
  const project = orNotFound(() => getProject({ caller, projectId: parseId(projectId, "Project") }));
  const { submitted } = await searchParams;
  return <QueueView projectId={project.id} justSubmitted={submitted !== undefined} />;
}
