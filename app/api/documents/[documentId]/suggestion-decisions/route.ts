import { apiHandler, parseId, parseJsonBody } from "@/lib/server/http/api-handler";
import { recordSuggestionDecision } from "@/lib/server/recommenders/record-suggestion-decision";
import { suggestionDecisionBody } from "./suggestion-decisions.types";

type Params = { documentId: string };

export const POST = apiHandler<Params>(
  async ({ request, caller, params }) =>
    recordSuggestionDecision({
      caller,
      documentId: parseId(params.documentId, "Document"),
      decision: await parseJsonBody(request, suggestionDecisionBody),
    }),
  { status: 201, idempotent: true },
);
