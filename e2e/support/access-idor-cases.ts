import type { APIRequestContext, APIResponse } from "@playwright/test";
import { type AccessWorld, type SignedInRole, unique } from "./access-world";
import { json } from "./review-project";

/** Rows of the foreign project, and of this one, that the cases name. */
export interface IdorRows {
  home: AccessWorld;
  foreign: AccessWorld;
  documentId: number;
  spanId: number;
  goldDocumentId: number;
  goldSpanId: number;
  claimId: number;
  entityId: number;
  entityTypeId: number;
  userId: number;
  token: { id: number; token: string };
  /** A document of this project whose review is open, for the gold routes. */
  homeReview: { documentId: number; spanId: number };
  homeEntityId: number;
}

export interface IdorCase {
  name: string;
  callers: SignedInRole[];
  status: 404 | 422;
  call(api: APIRequestContext): Promise<APIResponse>;
}

const span = (fields: object) => ({ layer: "entity", start: 0, end: 10, quote: "Kazakhstan", ...fields });
const claimSpan = (fields: object) => ({ layer: "claim", start: 0, end: 10, quote: "Kazakhstan", ...fields });

const referenceFields = ["entityTypeId", "entityId", "claimId", "claimantEntityId", "claimantMentionId", "sourceAnnotationIds"] as const;

export const readers: SignedInRole[] = ["annotator", "reviewer", "manager"];
const reviewersOfHome: SignedInRole[] = ["reviewer", "manager", "admin"];
const managersOfHome: SignedInRole[] = ["manager", "admin"];
const annotatorsOfHome: SignedInRole[] = ["annotator", "admin"];

const refused = (name: string, callers: SignedInRole[], status: 404 | 422, call: IdorCase["call"]): IdorCase => ({
  name,
  callers,
  status,
  call,
});

/** Every route that takes an id, each with a foreign id in it. */
export function idorCases(rows: IdorRows): IdorCase[] {
  const { home, foreign, homeReview, homeEntityId } = rows;
  const foreignSpan = `/api/annotations/${rows.spanId}`;
  const homeProject = `/api/projects/${home.projectId}`;
  return [
    // Rows named by their own id: members of this project are outsiders to them.
    ...["", "/annotations", "/suggestions", "/review", "/feedback"].map((path) =>
      refused(`GET /api/documents/{foreign}${path}`, readers, 404, (api) => api.get(`/api/documents/${rows.documentId}${path}`)),
    ),
    refused("POST a span into a foreign document", readers, 404, (api) =>
      api.post(`/api/documents/${rows.documentId}/annotations`, { data: span({ entityTypeId: rows.entityTypeId }) }),
    ),
    refused("PUT a label on a foreign document", readers, 404, (api) =>
      api.put(`/api/documents/${rows.documentId}/labels`, { data: { claimId: rows.claimId, stance: "favor" } }),
    ),
    refused("POST submit a foreign document", readers, 404, (api) => api.post(`/api/documents/${rows.documentId}/submit`)),
    refused("POST review of a foreign document", readers, 404, (api) =>
      api.post(`/api/documents/${rows.goldDocumentId}/review`, { data: { action: "finish" } }),
    ),
    refused("POST gold into a foreign document", readers, 404, (api) =>
      api.post(`/api/documents/${rows.goldDocumentId}/gold`, { data: span({ entityTypeId: rows.entityTypeId }) }),
    ),
    refused("DELETE a foreign gold span through its document", readers, 404, (api) =>
      api.delete(`/api/documents/${rows.goldDocumentId}/gold/${rows.goldSpanId}`),
    ),
    refused("PATCH a foreign span", readers, 404, (api) => api.patch(foreignSpan, { data: { version: 1, note: "mine now" } })),
    refused("DELETE a foreign span", readers, 404, (api) => api.delete(`${foreignSpan}?version=1`)),
    refused("POST restore a foreign span", readers, 404, (api) => api.post(`${foreignSpan}/restore`, { data: { version: 1 } })),
    refused("GET the export of a foreign project", readers, 404, (api) =>
      api.get(`/api/projects/${foreign.projectId}/export?format=jsonl&set=all`),
    ),
    refused("DELETE another user's API token", [...readers, "admin"], 404, (api) => api.delete(`/api/tokens/${rows.token.id}`)),

    // Foreign rows named inside this project's paths: the role passes, the id must not.
    refused("DELETE a foreign gold span through this project's document", reviewersOfHome, 404, (api) =>
      api.delete(`/api/documents/${homeReview.documentId}/gold/${rows.goldSpanId}`),
    ),
    refused("POST gold from a foreign annotator span", reviewersOfHome, 404, (api) =>
      api.post(`/api/documents/${homeReview.documentId}/gold`, { data: { fromAnnotationId: rows.spanId } }),
    ),
    refused("PATCH a foreign claim through this project", managersOfHome, 404, (api) =>
      api.patch(`${homeProject}/claims/${rows.claimId}`, { data: { description: "taken" } }),
    ),
    refused("DELETE a foreign claim through this project", managersOfHome, 404, (api) => api.delete(`${homeProject}/claims/${rows.claimId}`)),
    refused("PATCH a foreign entity through this project", managersOfHome, 404, (api) =>
      api.patch(`${homeProject}/entities/${rows.entityId}`, { data: { description: "taken" } }),
    ),
    refused("DELETE a foreign entity through this project", managersOfHome, 404, (api) =>
      api.delete(`${homeProject}/entities/${rows.entityId}`),
    ),
    refused("PUT the roles of a foreign member through this project", managersOfHome, 404, (api) =>
      api.put(`${homeProject}/members/${rows.userId}`, { data: { roles: ["manager"] } }),
    ),
    refused("DELETE a foreign member through this project", managersOfHome, 404, (api) => api.delete(`${homeProject}/members/${rows.userId}`)),
    refused("POST an assignment of a foreign document", managersOfHome, 404, (api) =>
      api.post(`${homeProject}/assignments`, { data: { documentId: rows.documentId, userId: home.userIds.annotator } }),
    ),
    refused("DELETE a foreign assignment through this project", managersOfHome, 404, (api) =>
      api.delete(`${homeProject}/assignments?documentId=${rows.documentId}&userId=${rows.userId}`),
    ),
    refused("POST skip of a foreign document", annotatorsOfHome, 404, (api) =>
      api.post(`${homeProject}/queue/skip`, { data: { documentId: rows.documentId } }),
    ),

    // Foreign ids inside a body refer outside the project: 422, naming the field.
    ...referenceFields.map((field) =>
      refused(`POST a span whose ${field} is foreign`, annotatorsOfHome, 422, (api) =>
        api.post(`/api/documents/${home.documentId}/annotations`, { data: spanWithForeign(rows, field) }),
      ),
    ),
    refused("PATCH an own span to a foreign entity type", annotatorsOfHome, 422, async (api) => {
      const own = await json<{ id: number; version: number }>(
        await api.post(`/api/documents/${home.documentId}/annotations`, { data: span({ entityTypeId: home.entityTypeId }) }),
        201,
      );
      return api.patch(`/api/annotations/${own.id}`, { data: { version: own.version, entityTypeId: rows.entityTypeId } });
    }),
    refused("PUT a label toward a foreign claim", annotatorsOfHome, 422, (api) =>
      api.put(`/api/documents/${home.documentId}/labels`, { data: { claimId: rows.claimId, stance: "favor" } }),
    ),
    refused("POST gold with a foreign claim", reviewersOfHome, 422, (api) =>
      api.post(`/api/documents/${homeReview.documentId}/gold`, { data: claimSpan({ claimId: rows.claimId, stance: "favor" }) }),
    ),
    refused("POST an entity of a foreign entity type", managersOfHome, 422, (api) =>
      api.post(`${homeProject}/entities`, { data: { name: unique("E"), entityTypeId: rows.entityTypeId, aliases: [] } }),
    ),
    refused("PATCH an entity to a foreign entity type", managersOfHome, 422, (api) =>
      api.patch(`${homeProject}/entities/${homeEntityId}`, { data: { entityTypeId: rows.entityTypeId } }),
    ),
    refused("POST an assignment to a foreign annotator", managersOfHome, 422, async (api) =>
      api.post(`${homeProject}/assignments`, { data: { documentId: await home.importDocument(), userId: rows.userId } }),
    ),
    refused("POST an import into a foreign annotator's set", managersOfHome, 422, (api) =>
      api.post(`${homeProject}/documents`, {
        multipart: {
          files: { name: "note.txt", mimeType: "text/plain", buffer: Buffer.from(`Kazakhstan ${unique("import")}`) },
          annotations: "annotator",
          annotatorId: String(rows.userId),
        },
      }),
    ),
  ];
}

/** A span body whose one reference field names a row of the foreign project. */
function spanWithForeign(rows: IdorRows, field: (typeof referenceFields)[number]): object {
  const { home } = rows;
  const fields: Record<typeof field, object> = {
    entityTypeId: span({ entityTypeId: rows.entityTypeId }),
    entityId: span({ entityTypeId: home.entityTypeId, entityId: rows.entityId }),
    claimId: claimSpan({ claimId: rows.claimId, stance: "favor" }),
    claimantEntityId: claimSpan({ claimantEntityId: rows.entityId }),
    claimantMentionId: claimSpan({ claimantMentionId: rows.spanId }),
    sourceAnnotationIds: span({ entityTypeId: home.entityTypeId, sourceAnnotationIds: [rows.spanId] }),
  };
  return fields[field];
}
