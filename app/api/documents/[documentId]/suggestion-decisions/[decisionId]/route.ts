import { apiHandler, parseId } from "@/lib/server/http/api-handler";
import { withdrawSuggestionDecision } from "@/lib/server/recommenders/withdraw-suggestion-decision";

type Params = { documentId: string; decisionId: string };

export const DELETE = apiHandler<Params>(async ({ caller, params }) => {
  await withdrawSuggestionDecision({
    caller,
    documentId: parseId(params.documentId, "Document"),
    decisionId: parseId(params.decisionId, "Suggestion decision"),
  });
});
