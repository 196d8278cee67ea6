import type { Metadata } from "next";
import { FeedbackLinks } from "@/components/feedback/feedback-links";
import { QueueView } from "@/components/workspace/queue/queue-view";
import { parseId } from "@/lib/server/http/api-handler";
import { orNotFound, requirePageCaller } from "@/lib/server/http/page-guard";
import { getProject } from "@/lib/server/projects/get-project";
import { listFeedbackDocuments } from "@/lib/server/review/list-feedback-documents";

export const metadata: Metadata = { title: "My documents" };

/**
 * The annotator's queue: progress, the documents to annotate, and the way to the next one; then,
 * where the project shows the gold set to annotators, the feedback on adjudicated documents.
 */
export default async function QueuePage({
  params,
  searchParams,
}: {
  params: Promise<{ projectId: string }>;
  searchParams: Promise<{ submitted?: string }>;
}) {
  const caller = await requirePageCaller();
  const { projectId } = await params;
  const project = await orNotFound(() => getProject({ caller, projectId: parseId(projectId, "Project") }));
  const { submitted } = await searchParams;
  const feedback = await listFeedbackDocuments({ caller, projectId: project.id });
  return (
    <>
      <QueueView projectId={project.id} justSubmitted={submitted !== undefined} />
      <FeedbackLinks documents={feedback} />
    </>
  );
}
