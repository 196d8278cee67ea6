import "server-only";
import { and, eq, exists, inArray, isNull, type SQL, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { type AnnotationLayer, annotations, catalogEntities, claims, entityTypes, projects, stanceLabels } from "@/db/schema";
import { type SpanPosition, validateSpan } from "@/lib/domain/annotation/validate-span";
import { AppError } from "@/lib/server/errors";

export interface SpanFields {
  layer: AnnotationLayer;
  entityTypeId: number | null;
  entityId: number | null;
  claimId: number | null;
  stance: string | null;
  claimantEntityId: number | null;
  claimantMentionId: number | null;
}

/** Where a span lives: references must stay within its project, document and annotator set. */
export interface SpanScope {
  projectId: number;
  documentId: number;
  authorId: number;
  /** The span itself, when it already exists (it cannot be its own claimant). */
  spanId?: number;
}

interface Problem {
  field: string;
  message: string;
}

const entityOnly = ["entityTypeId", "entityId"] as const;
const claimOnly = ["claimId", "stance", "claimantEntityId", "claimantMentionId"] as const;

/** 422 unless the offsets and quote match the document text. */
export function requireSpanMatchesText(text: string, position: SpanPosition): void {
  const problem = validateSpan(text, position);
  if (!problem) return;
  const { message, ...details } = problem;
  throw new AppError("unprocessable", message, details);
}

/**
 * 422 listing every field that breaks the layer's rules or points outside the span's scope. The
 * references that a change keeps as they were in `before` were checked when they were written and
 * are not read again; the others are checked in one query.
 */
export async function requireValidSpanFields(tx: Db, scope: SpanScope, fields: SpanFields, before?: SpanFields): Promise<void> {
  const problems: Problem[] = [];
  const foreign = fields.layer === "entity" ? claimOnly : entityOnly;
  for (const field of foreign) {
    if (fields[field] !== null) problems.push({ field, message: `${fields.layer} spans cannot have ${field}` });
  }
  if (fields.layer === "entity" && fields.entityTypeId === null) {
    problems.push({ field: "entityTypeId", message: "entity spans need an entityTypeId" });
  }
  const changed = (field: ReferenceField) => fields[field] !== null && fields[field] !== before?.[field];
  problems.push(...(await findForeignReferences(tx, scope, fields, referenceFields.filter(changed))));
  if (problems.length > 0) {
    throw new AppError("unprocessable", problems.map((p) => p.message).join("; "), { problems });
  }
}

const referenceFields = ["entityTypeId", "entityId", "claimantEntityId", "claimId", "stance", "claimantMentionId"] as const;
type ReferenceField = (typeof referenceFields)[number];

/** Whether the field's value names a row of the span's scope, as a condition to select. */
function referenceExists(tx: Db, scope: SpanScope, fields: SpanFields, field: ReferenceField): SQL<boolean> {
  const { projectId } = scope;
  const one = { one: sql`1` };
  const entityInProject = (id: number | null) =>
    tx
      .select(one)
      .from(catalogEntities)
      .where(and(eq(catalogEntities.id, id ?? 0), eq(catalogEntities.projectId, projectId)));
  const found = (() => {
    switch (field) {
      case "entityTypeId":
        return tx
          .select(one)
          .from(entityTypes)
          .where(and(eq(entityTypes.id, fields.entityTypeId ?? 0), eq(entityTypes.projectId, projectId)));
      case "entityId":
        return entityInProject(fields.entityId);
      case "claimantEntityId":
        return entityInProject(fields.claimantEntityId);
      case "claimId":
        return tx
          .select(one)
          .from(claims)
          .where(and(eq(claims.id, fields.claimId ?? 0), eq(claims.projectId, projectId)));
      case "stance":
        return tx
          .select(one)
          .from(stanceLabels)
          .where(and(eq(stanceLabels.key, fields.stance ?? ""), eq(stanceLabels.projectId, projectId)));
      case "claimantMentionId":
        return tx
          .select(one)
          .from(annotations)
          .where(
            and(
              eq(annotations.id, fields.claimantMentionId ?? 0),
              eq(annotations.documentId, scope.documentId),
              eq(annotations.set, "annotator"),
              eq(annotations.authorId, scope.authorId),
              eq(annotations.layer, "entity"),
              isNull(annotations.deletedAt),
            ),
          );
    }
  })();
  // SQLite answers 0/1, PostgreSQL a boolean.
  return sql`${exists(found)}`.mapWith(Boolean);
}

async function findForeignReferences(tx: Db, scope: SpanScope, fields: SpanFields, checked: ReferenceField[]): Promise<Problem[]> {
  const problems: Problem[] = [];
  if (fields.claimantMentionId !== null && fields.claimantMentionId === scope.spanId && checked.includes("claimantMentionId")) {
    problems.push(notOwnMention(fields.claimantMentionId));
    checked = checked.filter((field) => field !== "claimantMentionId");
  }
  if (checked.length === 0) return problems;
  const columns = Object.fromEntries(checked.map((field) => [field, referenceExists(tx, scope, fields, field)]));
  // One round trip for every reference, selected beside the span's project (which exists).
  const [found] = await tx.select(columns).from(projects).where(eq(projects.id, scope.projectId));
  for (const field of checked) {
    if (found?.[field]) continue;
    if (field === "stance") problems.push({ field, message: `"${fields.stance}" is not one of this project's stance keys` });
    else if (field === "claimantMentionId") problems.push(notOwnMention(fields.claimantMentionId));
    else problems.push({ field, message: `${referenceNames[field]} ${fields[field]} is not part of this project` });
  }
  return problems;
}

const referenceNames = {
  entityTypeId: "Entity type",
  entityId: "Entity",
  claimantEntityId: "Entity",
  claimId: "Claim",
} as const;

function notOwnMention(id: number | null): Problem {
  return { field: "claimantMentionId", message: `Span ${id} is not one of your entity spans in this document` };
}

/** 422 unless every id names a live pre-annotation of the document (never another annotator's span). */
export async function requirePreannotationSources(tx: Db, documentId: number, ids: readonly number[]): Promise<void> {
  const wanted = [...new Set(ids)];
  const rows = await tx
    .select({ id: annotations.id })
    .from(annotations)
    .where(
      and(
        inArray(annotations.id, wanted),
        eq(annotations.documentId, documentId),
        eq(annotations.set, "preannotation"),
        isNull(annotations.deletedAt),
      ),
    );
  const found = new Set(rows.map((row) => row.id));
  const unknown = wanted.filter((id) => !found.has(id));
  if (unknown.length === 0) return;
  const message = `${unknown.length === 1 ? "Span" : "Spans"} ${unknown.join(", ")} ${unknown.length === 1 ? "is not a pre-annotation" : "are not pre-annotations"} of this document`;
  throw new AppError("unprocessable", message, { problems: [{ field: "sourceAnnotationIds", message }] });
}
