import { apiFetch } from "@/lib/client/api-fetch";
import type { DocumentLabel, NewSpan, Span, SpanChanges } from "./api-types";

/** The annotation endpoints the workspace writes through; ids here are server ids. */
export const annotationApi = {
  create: (documentId: number, span: NewSpan, key: string) =>
    apiFetch<Span>(`/api/documents/${documentId}/annotations`, { method: "POST", json: span, headers: idempotent(key) }),
  update: (id: number, version: number, changes: SpanChanges, key: string) =>
    apiFetch<Span>(`/api/annotations/${id}`, { method: "PATCH", json: { version, ...changes }, headers: idempotent(key) }),
  remove: (id: number, version: number, key: string) =>
    apiFetch<void>(`/api/annotations/${id}?version=${version}`, { method: "DELETE", headers: idempotent(key) }),
  restore: (id: number, version: number, key: string) =>
    apiFetch<Span>(`/api/annotations/${id}/restore`, { method: "POST", json: { version }, headers: idempotent(key) }),
  /** `version` names the saved label being changed; none for a new one. 204 (undefined) once removed. */
  setLabel: (documentId: number, claimId: number, stance: string | null, version: number | undefined, key: string) =>
    apiFetch<DocumentLabel | undefined>(`/api/documents/${documentId}/labels`, {
      method: "PUT",
      json: { claimId, stance, version },
      headers: idempotent(key),
    }),
};

/** A write sent again with the same key is answered as the first time, not applied twice. */
export const idempotent = (key: string) => ({ "idempotency-key": key });
