import type { Metadata } from "next";
import { DocumentList } from "@/components/documents/document-list";
import { requireProjectRole } from "@/lib/server/auth/require-project-role";
import { listDocumentLanguages } from "@/lib/server/documents/list-document-languages";
import { parseId } from "@/lib/server/http/api-handler";
import { orNotFound, requirePageCaller } from "@/lib/server/http/page-guard";

export const metadata: Metadata = { title: "Documents" };

export default async function DocumentsPage({ params }: { params: Promise<{ projectId: string }> }) {
  const caller = await requirePageCaller();
  const { projectId: rawProjectId } = await params;
  const { projectId, access, languages } = await orNotFound(async () => {
    const projectId = parseId(rawProjectId, "Project");
    const access = await requireProjectRole(caller, projectId);
    return { projectId, access, languages: await listDocumentLanguages({ caller, projectId }) };
  });
  return (
    <div className="mx-auto max-w-7xl space-y-6 px-4 py-8">
      <h2 className="text-lg font-semibold">Documents</h2>
      <DocumentList projectId={projectId} languages={languages} isManager={access.has("manager")} />
    </div>
  );
}
