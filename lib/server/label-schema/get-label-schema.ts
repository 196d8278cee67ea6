import "server-only";
import { getDb } from "@/db/client";
import type { Caller } from "@/lib/server/auth/caller";
import { requireProjectRole } from "@/lib/server/auth/require-project-role";
import { type LabelSchemaView, readLabelSchema } from "./label-schema-view";

/** Any member reads the label schema; the annotation workspace is built from it. */
export async function getLabelSchema(options: { caller: Caller; projectId: number }): Promise<LabelSchemaView> {
  await requireProjectRole(options.caller, options.projectId);
  return readLabelSchema(getDb(), options.projectId);
}
