import { apiHandler, parseId } from "@/lib/server/http/api-handler";
import { recommendForClaimSpan } from "@/lib/server/recommenders/recommend-for-claim-span";

type Params = { annotationId: string };

export const GET = apiHandler<Params>(({ caller, params }) =>
  recommendForClaimSpan({ caller, spanId: parseId(params.annotationId, "Span") }),
);
