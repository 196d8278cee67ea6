import { apiHandler, parseId, parseJsonBody, parseSearchParams } from "@/lib/server/http/api-handler";
import { rejectCandidate, withdrawRejection } from "@/lib/server/review/reject-candidate";
import { rejectionBody, rejectionQuery } from "../gold.types";

type Params = { documentId: string };

/** Rejections are kept in the audit log; see readRejectedKeys. */
export const POST = apiHandler<Params>(
  async ({ request, caller, params }) =>
    rejectCandidate({
      caller,
      documentId: parseId(params.documentId, "Document"),
      ...(await parseJsonBody(request, rejectionBody)),
    }),
  { status: 201 },
);

export const DELETE = apiHandler<Params>(({ request, caller, params }) =>
  withdrawRejection({
    caller,
    documentId: parseId(params.documentId, "Document"),
    ...parseSearchParams(request, rejectionQuery),
  }),
);
