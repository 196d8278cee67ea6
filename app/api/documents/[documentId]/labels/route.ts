import { setDocumentLabel } from "@/lib/server/annotations/set-document-label";
import { apiHandler, parseId, parseJsonBody } from "@/lib/server/http/api-handler";
import { setDocumentLabelBody } from "./labels.types";

type Params = { documentId: string };

/** 200 with the label, or 204 once it is removed. */
export const PUT = apiHandler<Params>(
  async ({ request, caller, params }) => {
    const documentId = parseId(params.documentId, "Document");
    const label = await setDocumentLabel({ caller, documentId, ...(await parseJsonBody(request, setDocumentLabelBody)) });
    return label ?? undefined;
  },
  { idempotent: true },
);
