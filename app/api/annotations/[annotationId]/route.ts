import { deleteSpan } from "@/lib/server/annotations/delete-span";
import { updateSpan } from "@/lib/server/annotations/update-span";
import { apiHandler, parseId, parseJsonBody, parseSearchParams } from "@/lib/server/http/api-handler";
import { deleteSpanQuery, updateSpanBody } from "../annotations.types";

type Params = { annotationId: string };

export const PATCH = apiHandler<Params>(
  async ({ request, caller, params }) => {
    const spanId = parseId(params.annotationId, "Span");
    const { version, ...patch } = await parseJsonBody(request, updateSpanBody);
    return updateSpan({ caller, spanId, version, patch });
  },
  { idempotent: true },
);

export const DELETE = apiHandler<Params>(
  async ({ request, caller, params }) => {
    const spanId = parseId(params.annotationId, "Span");
    await deleteSpan({ caller, spanId, ...parseSearchParams(request, deleteSpanQuery) });
  },
  { idempotent: true },
);
