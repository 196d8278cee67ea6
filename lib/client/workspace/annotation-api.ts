import { apiFetch } from "@/lib/client/api-fetch";
import type { DocumentLabel, NewSpan, Span, SpanChanges } from "./api-types";

/** The annotation endpoints the workspace writes through; ids here are server ids. */
export const annotationApi = {
  create: (documentId: number, span: NewSpan) =>
    apiFetch<Span>(`/api/documents/${documentId}/annotations`, { method: "POST", json: span }),
  update: (id: number, version: number, changes: SpanChanges) =>
    apiFetch<Span>(`/api/annotations/${id}`, { method: "PATCH", json: { version, ...changes } }),
  remove: (id: number, version: number) =>
    apiFetch<void>(`/api/annotations/${id}?version=${version}`, { method: "DELETE" }),
  restore: (id: number, version: number) =>
    apiFetch<Span>(`/api/annotations/${id}/restore`, { method: "POST", json: { version } }),
  /** `version` names the saved label being changed; none for a new one. 204 (undefined) once removed. */
  setLabel: (documentId: number, claimId: number, stance: string | null, version: number | undefined) =>
    apiFetch<DocumentLabel | undefined>(`/api/documents/${documentId}/labels`, {
      method: "PUT",
      json: { claimId, stance, version },
    }),
};
