import { getDocument } from "@/lib/server/documents/get-document";
import { apiHandler, parseId } from "@/lib/server/http/api-handler";

type Params = { documentId: string };

export const GET = apiHandler<Params>(({ caller, params }) =>
  getDocument({ caller, documentId: parseId(params.documentId, "Document") }),
);
