import { suggestAnnotations } from "@/lib/server/annotations/suggest-annotations";
import { apiHandler, parseId } from "@/lib/server/http/api-handler";

type Params = { documentId: string };

export const GET = apiHandler<Params>(({ caller, params }) =>
  suggestAnnotations({ caller, documentId: parseId(params.documentId, "Document") }),
);
