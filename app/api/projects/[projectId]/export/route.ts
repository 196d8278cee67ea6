import { exportProject, exportToReadableStream } from "@/lib/server/export/export-project";
import { apiHandler, parseId, parseSearchParams } from "@/lib/server/http/api-handler";
import { exportQuery } from "./export.types";

type Params = { projectId: string };

/** Streams the export as a download; access and parameters are checked before the first byte. */
export const GET = apiHandler<Params>(async ({ request, caller, params }) => {
  const projectId = parseId(params.projectId, "Project");
  const { format, seed, ...filters } = parseSearchParams(request, exportQuery);
  const result = await exportProject({ caller, projectId, format, filters, seed });
  return new Response(exportToReadableStream(result.chunks), {
    headers: {
      "content-type": result.contentType,
      "content-disposition": `attachment; filename="${result.fileName}"`,
      "cache-control": "no-store",
      "x-content-type-options": "nosniff",
    },
  });
});
