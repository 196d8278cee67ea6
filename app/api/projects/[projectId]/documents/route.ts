import { requireProjectRole } from "@/lib/server/auth/require-project-role";
import { importDocuments, maxUploadBytes } from "@/lib/server/documents/import-documents";
import { listDocuments } from "@/lib/server/documents/list-documents";
import { apiHandler, parseId, parseSearchParams } from "@/lib/server/http/api-handler";
import { listDocumentsQuery } from "./documents.types";
import { readImportRequest } from "./read-import-request";

type Params = { projectId: string };

export const GET = apiHandler<Params>(({ request, caller, params }) =>
  listDocuments({
    caller,
    projectId: parseId(params.projectId, "Project"),
    ...parseSearchParams(request, listDocumentsQuery),
  }),
);

/**
 * Always 200 with the report, even when nothing imported: a request may mix imported,
 * duplicate and failed files, and the report says which is which.
 */
export const POST = apiHandler<Params>(async ({ request, caller, params }) => {
  const projectId = parseId(params.projectId, "Project");
  // Checked before reading the body too, so that non-managers cannot make the server buffer uploads.
  await requireProjectRole(caller, projectId, "manager");
  return importDocuments({ caller, projectId, ...(await readImportRequest(request, maxUploadBytes())) });
});
