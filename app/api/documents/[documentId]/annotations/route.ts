import { createSpan } from "@/lib/server/annotations/create-span";
import { listAnnotations } from "@/lib/server/annotations/list-annotations";
import { apiHandler, parseId, parseJsonBody } from "@/lib/server/http/api-handler";
import { createSpanBody } from "./annotations.types";

type Params = { documentId: string };

export const GET = apiHandler<Params>(({ caller, params }) =>
  listAnnotations({ caller, documentId: parseId(params.documentId, "Document") }),
);

export const POST = apiHandler<Params>(
  async ({ request, caller, params }) =>
    createSpan({
      caller,
      documentId: parseId(params.documentId, "Document"),
      span: await parseJsonBody(request, createSpanBody),
    }),
  { status: 201, idempotent: true },
);
