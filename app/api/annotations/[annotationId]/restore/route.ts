import { restoreSpan } from "@/lib/server/annotations/restore-span";
import { apiHandler, parseId, parseJsonBody } from "@/lib/server/http/api-handler";
import { restoreSpanBody } from "../../annotations.types";

type Params = { annotationId: string };

export const POST = apiHandler<Params>(async ({ request, caller, params }) =>
  restoreSpan({
    caller,
    spanId: parseId(params.annotationId, "Span"),
    ...(await parseJsonBody(request, restoreSpanBody)),
  }),
  { idempotent: true },
);
