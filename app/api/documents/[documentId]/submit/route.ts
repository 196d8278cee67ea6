import { submitDocument } from "@/lib/server/annotations/submit-document";
import { apiHandler, parseId } from "@/lib/server/http/api-handler";

type Params = { documentId: string };

export const POST = apiHandler<Params>(({ caller, params }) =>
  submitDocument({ caller, documentId: parseId(params.documentId, "Document") }),
);
