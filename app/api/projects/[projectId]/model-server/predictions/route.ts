import { apiHandler, parseId, parseJsonBody } from "@/lib/server/http/api-handler";
import { predictDocuments } from "@/lib/server/model-server/predict-documents";
import { predictBody } from "../model-server.types";

type Params = { projectId: string };

/** `{}`: a manager predicts the documents without a prediction; `{"documentId"}`: one document again. */
export const POST = apiHandler<Params>(async ({ request, caller, params }) => {
  const projectId = parseId(params.projectId, "Project");
  const { documentId } = await parseJsonBody(request, predictBody);
  return predictDocuments({ caller, projectId, documentId });
});
