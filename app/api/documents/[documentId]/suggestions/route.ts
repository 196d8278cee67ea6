import { suggestAnnotations } from "@/lib/server/annotations/suggest-annotations";
import { apiHandler, parseId } from "@/lib/server/http/api-handler";
import { predictOnOpen } from "@/lib/server/model-server/predict-on-open";

type Params = { documentId: string };

export const GET = apiHandler<Params>(async ({ caller, params }) => {
  const documentId = parseId(params.documentId, "Document");
  await predictOnOpen({ caller, documentId });
  return suggestAnnotations({ caller, documentId });
});
