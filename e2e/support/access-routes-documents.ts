import { annotators, type CallArgs, members, reviewers, type RouteAccess } from "./access-route";
import type { SignedInRole, Span } from "./access-world";
import { json } from "./review-project";

/**
 * Spans are changed by their author only: annotators and admins get a span of their own, the
 * others one of the annotator's, which they must not touch.
 */
async function spanToChange({ role, world }: CallArgs): Promise<{ author: SignedInRole; span: Span }> {
  const author = role === "annotator" || role === "admin" ? role : "annotator";
  return { author, span: await world.createSpan(author, world.documentId) };
}

const rejectedSuggestion = { recommender: "string-matching", layer: "entity", start: 0, end: 10, quote: "Kazakhstan", label: "GPE", score: 0.5, decision: "rejected" };

/** Decisions are withdrawn by their author only, as spans are changed (see spanToChange). */
async function decisionToWithdraw({ role, world }: CallArgs): Promise<number> {
  const author = role === "annotator" || role === "admin" ? role : "annotator";
  const response = await world.session[author].post(`/api/documents/${world.documentId}/suggestion-decisions`, { data: rejectedSuggestion });
  return (await json<{ id: number }>(response, 201)).id;
}

/** The routes under /api/documents/{documentId} and /api/annotations/{annotationId}. */
export const documentRoutes: RouteAccess[] = [
  { route: "GET /api/documents/[documentId]", allow: members, call: ({ api, world }) => api.get(`/api/documents/${world.documentId}`) },
  {
    route: "GET /api/documents/[documentId]/annotations",
    allow: members,
    call: ({ api, world }) => api.get(`/api/documents/${world.documentId}/annotations`),
  },
  {
    route: "POST /api/documents/[documentId]/annotations",
    allow: annotators,
    call: ({ api, world }) =>
      api.post(`/api/documents/${world.documentId}/annotations`, {
        data: { layer: "entity", start: 0, end: 10, quote: "Kazakhstan", entityTypeId: world.entityTypeId },
      }),
  },
  {
    route: "GET /api/documents/[documentId]/suggestions",
    allow: members,
    call: ({ api, world }) => api.get(`/api/documents/${world.documentId}/suggestions`),
  },
  {
    route: "POST /api/documents/[documentId]/suggestion-decisions",
    allow: annotators,
    call: ({ api, world }) =>
      api.post(`/api/documents/${world.documentId}/suggestion-decisions`, { data: rejectedSuggestion }),
  },
  {
    route: "DELETE /api/documents/[documentId]/suggestion-decisions/[decisionId]",
    allow: annotators,
    call: async (args) => args.api.delete(`/api/documents/${args.world.documentId}/suggestion-decisions/${await decisionToWithdraw(args)}`),
  },
  {
    route: "PUT /api/documents/[documentId]/labels",
    allow: annotators,
    call: async ({ api, world }) =>
      api.put(`/api/documents/${world.documentId}/labels`, { data: { claimId: await world.createClaim(), stance: "favor" } }),
  },
  {
    route: "POST /api/documents/[documentId]/submit",
    allow: annotators,
    call: async ({ api, world }) => api.post(`/api/documents/${await world.importDocument()}/submit`),
  },
  // Only an annotator who submitted the document gets feedback; the admin never did (404).
  {
    route: "GET /api/documents/[documentId]/feedback",
    allow: ["annotator"],
    refusals: { admin: 404 },
    call: async ({ api, world }) => {
      const { documentId } = await world.documentInReview();
      await json(await world.owner.post(`/api/documents/${documentId}/review`, { data: { action: "finish" } }), 200);
      return api.get(`/api/documents/${documentId}/feedback`);
    },
  },
  {
    route: "GET /api/documents/[documentId]/review",
    allow: reviewers,
    call: ({ api, world }) => api.get(`/api/documents/${world.documentId}/review`),
  },
  {
    route: "POST /api/documents/[documentId]/review",
    allow: reviewers,
    call: async ({ api, world }) =>
      api.post(`/api/documents/${(await world.submittedDocument()).documentId}/review`, { data: { action: "start", force: true } }),
  },
  {
    route: "POST /api/documents/[documentId]/gold",
    allow: reviewers,
    call: async ({ api, world }) => {
      const { documentId, spanId } = await world.documentInReview();
      return api.post(`/api/documents/${documentId}/gold`, { data: { fromAnnotationId: spanId } });
    },
  },
  {
    route: "DELETE /api/documents/[documentId]/gold/[spanId]",
    allow: reviewers,
    call: async ({ api, world }) => {
      const { documentId, spanId } = await world.documentInReview();
      const gold = await json<{ id: number }>(
        await world.owner.post(`/api/documents/${documentId}/gold`, { data: { fromAnnotationId: spanId } }),
        201,
      );
      return api.delete(`/api/documents/${documentId}/gold/${gold.id}`);
    },
  },
  {
    route: "POST /api/documents/[documentId]/gold/rejections",
    allow: reviewers,
    call: async ({ api, world }) => {
      const { documentId, candidateKey } = await world.documentInReview();
      return api.post(`/api/documents/${documentId}/gold/rejections`, { data: { candidateKey } });
    },
  },
  {
    route: "DELETE /api/documents/[documentId]/gold/rejections",
    allow: reviewers,
    call: async ({ api, world }) => {
      const { documentId, candidateKey } = await world.documentInReview();
      await json(await world.owner.post(`/api/documents/${documentId}/gold/rejections`, { data: { candidateKey } }), 201);
      return api.delete(`/api/documents/${documentId}/gold/rejections?candidateKey=${encodeURIComponent(candidateKey)}`);
    },
  },
  {
    route: "PATCH /api/annotations/[annotationId]",
    allow: annotators,
    call: async (args) => {
      const { span } = await spanToChange(args);
      return args.api.patch(`/api/annotations/${span.id}`, { data: { version: span.version, note: "edited" } });
    },
  },
  {
    route: "DELETE /api/annotations/[annotationId]",
    allow: annotators,
    call: async (args) => {
      const { span } = await spanToChange(args);
      return args.api.delete(`/api/annotations/${span.id}?version=${span.version}`);
    },
  },
  {
    route: "GET /api/annotations/[annotationId]/recommendations",
    allow: annotators,
    call: async (args) => args.api.get(`/api/annotations/${(await spanToChange(args)).span.id}/recommendations`),
  },
  {
    route: "POST /api/annotations/[annotationId]/restore",
    allow: annotators,
    call: async (args) => {
      const { author, span } = await spanToChange(args);
      const deleted = await args.world.session[author].delete(`/api/annotations/${span.id}?version=${span.version}`);
      if (deleted.status() !== 204) throw new Error(`setup: deleting span ${span.id} answered ${deleted.status()}`);
      return args.api.post(`/api/annotations/${span.id}/restore`, { data: { version: span.version } });
    },
  },
];
