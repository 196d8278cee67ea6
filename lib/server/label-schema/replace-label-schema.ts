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
export function replaceLabelSchema(options: { caller: Caller; projectId: number; schema: LabelSchemaInput }): LabelSchemaView {
  const { caller, projectId, schema } = options;
  requireProjectRole(caller, projectId, "manager");
  const problems = validateLabelSchema(schema);
  if (problems.length > 0) {
    throw new AppError("unprocessable", `The label schema is not valid: ${problems.map((p) => p.message).join("; ")}`, problems);
  }
  return getDb().transaction(
    (tx) => {
      const before = readLabelSchema(tx, projectId);
      const entityTypeChanges = planKeyedChanges(before.entityTypes, schema.entityTypes);
      const stanceChanges = planKeyedChanges(before.stanceLabels, schema.stanceLabels);
      const relationTypeChanges = planKeyedChanges(before.relationTypes, schema.relationTypes);

      const blocked: BlockedDeletion[] = [
        ...entityTypeChanges.removed.map(({ id, key }) => {
          const uses = countEntityTypeUses(tx, id);
          return { list: "entityTypes" as const, key, uses, description: `entity type "${key}" (used by ${plural(uses, "annotation")})` };
        }),
        ...stanceChanges.removed.map(({ key }) => {
          const uses = countStanceUses(tx, projectId, key);
          return { list: "stanceLabels" as const, key, uses, description: `stance "${key}" (used ${plural(uses, "time")})` };
        }),
        ...relationTypeChanges.removed.map(({ id, key }) => {
          const uses = countRelationTypeUses(tx, id);
          return { list: "relationTypes" as const, key, uses, description: `relation type "${key}" (used by ${plural(uses, "relation")})` };
        }),
      ].filter((deletion) => deletion.uses > 0);
      if (blocked.length > 0) {
        throw new AppError(
          "conflict",
          `Cannot delete ${blocked.map((b) => b.description).join(", ")}; keep ${blocked.length === 1 ? "it" : "them"} or change those annotations first`,
          blocked.map(({ list, key, uses }) => ({ list, key, uses })),
        );
      }

      applyColoredLabelChanges(tx, entityTypes, projectId, entityTypeChanges);
      applyColoredLabelChanges(tx, stanceLabels, projectId, stanceChanges);
      applyRelationTypeChanges(tx, projectId, relationTypeChanges);
      const after = readLabelSchema(tx, projectId);
      recordEvent(tx, {
        actorId: caller.id,
        projectId,
        action: "label_schema.replace",
        subjectType: "project",
        subjectId: projectId,
        before,
        after,
      });
      return after;
    },
    { behavior: "immediate" },
  );
}

function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}
