import { apiHandler, parseId, parseJsonBody } from "@/lib/server/http/api-handler";
import { finishReview } from "@/lib/server/review/finish-review";
import { getDocumentReview } from "@/lib/server/review/get-document-review";
import { reopenReview } from "@/lib/server/review/reopen-review";
import { startReview } from "@/lib/server/review/start-review";
import { reviewActionBody } from "./review.types";

type Params = { documentId: string };

export const GET = apiHandler<Params>(({ caller, params }) =>
  getDocumentReview({ caller, documentId: parseId(params.documentId, "Document") }),
);

export const POST = apiHandler<Params>(async ({ request, caller, params }) => {
  const documentId = parseId(params.documentId, "Document");
  const body = await parseJsonBody(request, reviewActionBody);
  switch (body.action) {
    case "start":
      return startReview({ caller, documentId, force: body.force });
    case "finish":
      return finishReview({ caller, documentId, notes: body.notes });
    case "reopen":
      return reopenReview({ caller, documentId });
  }
});
