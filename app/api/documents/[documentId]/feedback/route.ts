import { apiHandler, parseId } from "@/lib/server/http/api-handler";
import { getAnnotatorFeedback } from "@/lib/server/review/get-annotator-feedback";

type Params = { documentId: string };

export const GET = apiHandler<Params>(({ caller, params }) =>
  getAnnotatorFeedback({ caller, documentId: parseId(params.documentId, "Document") }),
);
