import type { Metadata } from "next";
import { LabelSchemaEditor } from "@/components/label-schema/label-schema-editor";
import { LabelSchemaSummary } from "@/components/label-schema/label-schema-summary";
import { parseId } from "@/lib/server/http/api-handler";
import { orNotFound, requirePageCaller } from "@/lib/server/http/page-guard";
import { getLabelSchema } from "@/lib/server/label-schema/get-label-schema";
import { getProject } from "@/lib/server/projects/get-project";

export const metadata: Metadata = { title: "Label schema" };

export default async function LabelSchemaPage({ params }: { params: Promise<{ projectId: string }> }) {
  const caller = await requirePageCaller();
  const { projectId: rawProjectId } = await params;
  const [project, schema] = await orNotFound(() => {
    const projectId = parseId(rawProjectId, "Project");
    return Promise.all([getProject({ caller, projectId }), getLabelSchema({ caller, projectId })]);
  });
  const isManager = project.roles.includes("manager");
  return (
    <div className="mx-auto max-w-4xl space-y-6 px-4 py-8">
      <h2 className="text-xl font-semibold tracking-tight">Label schema</h2>
      {isManager ? <LabelSchemaEditor projectId={project.id} schema={schema} /> : <LabelSchemaSummary schema={schema} />}
    </div>
  );
}
