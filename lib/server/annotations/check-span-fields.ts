import "server-only";
import { and, eq, inArray, isNull } from "drizzle-orm";
import type { Db } from "@/db/client";
import { type AnnotationLayer, annotations, catalogEntities, claims, entityTypes, stanceLabels } from "@/db/schema";
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

/** 422 listing every field that breaks the layer's rules or points outside the span's scope. */
export async function requireValidSpanFields(tx: Db, scope: SpanScope, fields: SpanFields): Promise<void> {
  const problems: Problem[] = [];
  const foreign = fields.layer === "entity" ? claimOnly : entityOnly;
  for (const field of foreign) {
    if (fields[field] !== null) problems.push({ field, message: `${fields.layer} spans cannot have ${field}` });
  }
  if (fields.layer === "entity" && fields.entityTypeId === null) {
    problems.push({ field: "entityTypeId", message: "entity spans need an entityTypeId" });
  }
  problems.push(...(await findForeignReferences(tx, scope, fields)));
  if (problems.length > 0) {
    throw new AppError("unprocessable", problems.map((p) => p.message).join("; "), { problems });
  }
}

async function findForeignReferences(tx: Db, scope: SpanScope, fields: SpanFields): Promise<Problem[]> {
  const { projectId } = scope;
  const problems: Problem[] = [];
  const outside = (field: string, what: string) => problems.push({ field, message: `${what} is not part of this project` });
  const entityInProject = async (id: number) => {
    const [entity] = await tx
      .select({ id: catalogEntities.id })
      .from(catalogEntities)
      .where(and(eq(catalogEntities.id, id), eq(catalogEntities.projectId, projectId)))
      .limit(1);
    return entity !== undefined;
  };

  const { entityTypeId, entityId, claimId, stance, claimantEntityId, claimantMentionId } = fields;
  if (entityTypeId !== null) {
    const [type] = await tx
      .select({ id: entityTypes.id })
      .from(entityTypes)
      .where(and(eq(entityTypes.id, entityTypeId), eq(entityTypes.projectId, projectId)))
      .limit(1);
    if (!type) outside("entityTypeId", `Entity type ${entityTypeId}`);
  }
  if (entityId !== null && !(await entityInProject(entityId))) outside("entityId", `Entity ${entityId}`);
  if (claimantEntityId !== null && !(await entityInProject(claimantEntityId))) {
    outside("claimantEntityId", `Entity ${claimantEntityId}`);
  }
  if (claimId !== null) {
    const [claim] = await tx
      .select({ id: claims.id })
      .from(claims)
      .where(and(eq(claims.id, claimId), eq(claims.projectId, projectId)))
      .limit(1);
    if (!claim) outside("claimId", `Claim ${claimId}`);
  }
  if (stance !== null) {
    const [label] = await tx
      .select({ key: stanceLabels.key })
      .from(stanceLabels)
      .where(and(eq(stanceLabels.key, stance), eq(stanceLabels.projectId, projectId)))
      .limit(1);
    if (!label) {
      problems.push({ field: "stance", message: `"${stance}" is not one of this project's stance keys` });
    }
  }
  if (claimantMentionId !== null && !(await isOwnEntityMention(tx, scope, claimantMentionId))) {
    problems.push({
      field: "claimantMentionId",
      message: `Span ${claimantMentionId} is not one of your entity spans in this document`,
    });
  }
  return problems;
}

async function isOwnEntityMention(tx: Db, scope: SpanScope, mentionId: number): Promise<boolean> {
  if (mentionId === scope.spanId) return false;
  const [mention] = await tx
    .select({ id: annotations.id })
    .from(annotations)
    .where(
      and(
        eq(annotations.id, mentionId),
        eq(annotations.documentId, scope.documentId),
        eq(annotations.set, "annotator"),
        eq(annotations.authorId, scope.authorId),
        eq(annotations.layer, "entity"),
        isNull(annotations.deletedAt),
      ),
    )
    .limit(1);
  return mention !== undefined;
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
