import { apiHandler, parseId, parseJsonBody } from "@/lib/server/http/api-handler";
import { createGoldSpan } from "@/lib/server/review/decide-candidate";
import { createGoldSpanBody } from "./gold.types";

type Params = { documentId: string };

export const POST = apiHandler<Params>(
  async ({ request, caller, params }) =>
    createGoldSpan({
      caller,
      documentId: parseId(params.documentId, "Document"),
      input: await parseJsonBody(request, createGoldSpanBody),
    }),
  { status: 201 },
);
