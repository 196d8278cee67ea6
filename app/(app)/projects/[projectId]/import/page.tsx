import type { Metadata } from "next";
import { ImportForm } from "@/components/import/import-form";
import { annotatedImportExtensions } from "@/lib/domain/formats/recognize-import-files";
import { supportedImportExtensions } from "@/lib/domain/import/parse-import-file";
import { requireProjectRole } from "@/lib/server/auth/require-project-role";
import { env } from "@/lib/server/env";
import { listMembers } from "@/lib/server/members/list-members";
import { parseId } from "@/lib/server/http/api-handler";
import { orNotFound, requirePageCaller } from "@/lib/server/http/page-guard";

export const metadata: Metadata = { title: "Import" };

export default async function ImportPage({ params }: { params: Promise<{ projectId: string }> }) {
  const caller = await requirePageCaller();
  const { projectId: rawProjectId } = await params;
  const { projectId, members } = await orNotFound(async () => {
    const projectId = parseId(rawProjectId, "Project");
    // Only managers import; everyone else gets the 404 page.
    await requireProjectRole(caller, projectId, "manager");
    return { projectId, members: await listMembers({ caller, projectId }) };
  });
  const annotators = members.filter((member) => member.roles.includes("annotator"));
  return (
    <div className="mx-auto max-w-3xl space-y-6 px-4 py-8">
      <div className="space-y-1">
        <h2 className="text-lg font-semibold">Import documents</h2>
        <p className="text-sm text-slate-600">
          Plain text (the first line is the title), HTML pages (only the article is kept), JSON Lines (one document per
          line) or CSV (a header row with a <code>text</code> or <code>html</code> column, then one document per row), and
          annotated documents from brat, Label Studio, doccano or a Claimdesk export. A file with an error imports
          nothing; texts already in the project are skipped.
        </p>
      </div>
      <ImportForm
        projectId={projectId}
        accept={[...supportedImportExtensions, ...annotatedImportExtensions]}
        maxUploadMb={env().CLAIMDESK_MAX_UPLOAD_MB}
        annotators={annotators.map(({ userId, name, email }) => ({ userId, name, email }))}
      />
    </div>
  );
}
