import type { Metadata } from "next";
import { ExportForm } from "@/components/export/export-form";
import { requireProjectRole } from "@/lib/server/auth/require-project-role";
import { listDocumentLanguages } from "@/lib/server/documents/list-document-languages";
import { parseId } from "@/lib/server/http/api-handler";
import { orNotFound, requirePageCaller } from "@/lib/server/http/page-guard";

export const metadata: Metadata = { title: "Export" };

export default async function ExportPage({ params }: { params: Promise<{ projectId: string }> }) {
  const caller = await requirePageCaller();
  const { projectId: rawProjectId } = await params;
  const { projectId, languages } = await orNotFound(async () => {
    const projectId = parseId(rawProjectId, "Project");
    // Managers and reviewers export; annotators get the 404 page.
    await requireProjectRole(caller, projectId, "manager", "reviewer");
    return { projectId, languages: await listDocumentLanguages({ caller, projectId }) };
  });
  return (
    <div className="mx-auto max-w-3xl space-y-6 px-4 py-8">
      <div className="space-y-1">
        <h2 className="text-lg font-semibold">Export annotations</h2>
        <p className="text-sm text-slate-600">
          Offsets are Unicode code points in every format except doccano (UTF-16, as doccano counts). Annotators&apos;
          work is included once they have submitted the document. Scripts can fetch the same file from{" "}
          <code>/api/projects/{projectId}/export?format=…&amp;set=…</code> with an API token.
        </p>
      </div>
      <ExportForm projectId={projectId} languages={languages} />
    </div>
  );
}
