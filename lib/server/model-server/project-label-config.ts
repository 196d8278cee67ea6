import "server-only";
import type { Db } from "@/db/client";
import { labelStudioConfig } from "@/lib/domain/export/labelstudio-config";
import { readLabelSchema } from "@/lib/server/label-schema/label-schema-view";

/** The project's label schema as the Label Studio config its export ships and model servers receive. */
export async function projectLabelConfig(tx: Db, projectId: number): Promise<string> {
  return labelStudioConfig(await readLabelSchema(tx, projectId));
}
