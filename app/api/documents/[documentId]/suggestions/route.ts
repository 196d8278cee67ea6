import { suggestMentions } from "@/lib/server/annotations/suggest-mentions";
import { apiHandler, parseId } from "@/lib/server/http/api-handler";

type Params = { documentId: string };

export const GET = apiHandler<Params>(({ caller, params }) =>
  suggestMentions({ caller, documentId: parseId(params.documentId, "Document") }),
);
