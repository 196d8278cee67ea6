import "server-only";
import { getDb } from "@/db/client";
import { entityTypes, stanceLabels } from "@/db/schema";
import type { LabelSchemaInput } from "@/lib/domain/project/label-schema-input";
import { planKeyedChanges } from "@/lib/domain/project/plan-keyed-changes";
import { validateLabelSchema } from "@/lib/domain/project/validate-label-schema";
import { recordEvent } from "@/lib/server/audit/record-event";
import type { Caller } from "@/lib/server/auth/caller";
import { requireProjectRole } from "@/lib/server/auth/require-project-role";
import { AppError } from "@/lib/server/errors";
import { applyColoredLabelChanges, applyRelationTypeChanges } from "./apply-label-changes";
import { countEntityTypeUses, countRelationTypeUses, countStanceUses } from "./count-label-uses";
import { type LabelSchemaView, readLabelSchema } from "./label-schema-view";

interface BlockedDeletion {
  list: "entityTypes" | "stanceLabels" | "relationTypes";
  key: string;
  uses: number;
  description: string;
}

/**
 * Managers replace the whole label schema. Items are matched by key: known keys are
 * updated, new keys inserted, missing keys deleted unless annotations still use them.
 */
export async function replaceLabelSchema(options: {
  caller: Caller;
  projectId: number;
  schema: LabelSchemaInput;
}): Promise<LabelSchemaView> {
  const { caller, projectId, schema } = options;
  await requireProjectRole(caller, projectId, "manager");
  const problems = validateLabelSchema(schema);
  if (problems.length > 0) {
    throw new AppError("unprocessable", `The label schema is not valid: ${problems.map((p) => p.message).join("; ")}`, problems);
  }
  return getDb().transaction(async (tx) => {
    const before = await readLabelSchema(tx, projectId);
    const entityTypeChanges = planKeyedChanges(before.entityTypes, schema.entityTypes);
    const stanceChanges = planKeyedChanges(before.stanceLabels, schema.stanceLabels);
    const relationTypeChanges = planKeyedChanges(before.relationTypes, schema.relationTypes);

    const deletions: BlockedDeletion[] = [];
    for (const { id, key } of entityTypeChanges.removed) {
      const uses = await countEntityTypeUses(tx, id);
      deletions.push({ list: "entityTypes", key, uses, description: `entity type "${key}" (used by ${plural(uses, "annotation")})` });
    }
    for (const { key } of stanceChanges.removed) {
      const uses = await countStanceUses(tx, projectId, key);
      deletions.push({ list: "stanceLabels", key, uses, description: `stance "${key}" (used ${plural(uses, "time")})` });
    }
    for (const { id, key } of relationTypeChanges.removed) {
      const uses = await countRelationTypeUses(tx, id);
      deletions.push({ list: "relationTypes", key, uses, description: `relation type "${key}" (used by ${plural(uses, "relation")})` });
    }
    const blocked = deletions.filter((deletion) => deletion.uses > 0);
    if (blocked.length > 0) {
      throw new AppError(
        "conflict",
        `Cannot delete ${blocked.map((b) => b.description).join(", ")}; keep ${blocked.length === 1 ? "it" : "them"} or change those annotations first`,
        blocked.map(({ list, key, uses }) => ({ list, key, uses })),
      );
    }

    await applyColoredLabelChanges(tx, entityTypes, projectId, entityTypeChanges);
    await applyColoredLabelChanges(tx, stanceLabels, projectId, stanceChanges);
    await applyRelationTypeChanges(tx, projectId, relationTypeChanges);
    const after = await readLabelSchema(tx, projectId);
    await recordEvent(tx, {
      actorId: caller.id,
      projectId,
      action: "label_schema.replace",
      subjectType: "project",
      subjectId: projectId,
      before,
      after,
    });
    return after;
  });
}

function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}
