import { apiHandler, parseId } from "@/lib/server/http/api-handler";
import { deleteGoldSpan } from "@/lib/server/review/delete-gold-span";

type Params = { documentId: string; spanId: string };

/** Undoes an acceptance: the gold span goes. */
export const DELETE = apiHandler<Params>(async ({ caller, params }) => {
  await deleteGoldSpan({
    caller,
    documentId: parseId(params.documentId, "Document"),
    spanId: parseId(params.spanId, "Gold span"),
  });
});
