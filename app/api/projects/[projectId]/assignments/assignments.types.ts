import { z } from "zod";

const id = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);

export const assignDocumentBody = z.strictObject({ documentId: id, userId: id });

/** Query strings carry text; the ids are coerced. */
export const unassignDocumentQuery = z.object({ documentId: z.coerce.number().pipe(id), userId: z.coerce.number().pipe(id) });
