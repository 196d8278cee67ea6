import "server-only";
import { and, eq } from "drizzle-orm";
import { afterCommit, getDb } from "@/db/client";
import { memberships } from "@/db/schema";
import type { Caller } from "@/lib/server/auth/caller";
import { requireProjectRole } from "@/lib/server/auth/require-project-role";
import { env } from "@/lib/server/env";
import { AppError } from "@/lib/server/errors";
import { predictAfterImport } from "@/lib/server/model-server/predict-after-import";
import { type ImportFile, type ImportUnit, unitFromJsonDocuments, unitsFromFiles } from "./collect-import-drafts";
import { emptyImportReport, type ImportReport } from "./import-report";
import { storeImportUnits } from "./store-import-units";
import type { AnnotationTarget } from "./resolve-draft-annotations";

/** The largest file (and import request) accepted, in bytes. */
export function maxUploadBytes(): number {
  return env().CLAIMDESK_MAX_UPLOAD_MB * 1024 * 1024;
}

/** Where the annotations of annotated files go: pre-annotations, or one annotator's own set. */
export type ImportAnnotationsAs = { as: "preannotations" } | { as: "annotator"; annotatorId: number };

/**
 * Managers import files (`.txt .html .htm .jsonl .csv`, and annotated files: brat `.zip` or
 * `.txt`/`.ann` pairs, Label Studio `.json`, doccano and Claimdesk `.jsonl`) and JSON documents
 * into a project. A file that fails imports nothing; the other files and documents still import.
 * `documents` are validated here, item by item, so that one bad item does not reject the rest.
 * Once stored, the project's model server (if any) predicts the new documents in the background.
 */
export async function importDocuments(options: {
  caller: Caller;
  projectId: number;
  files?: readonly ImportFile[];
  documents?: readonly unknown[];
  annotationsAs?: ImportAnnotationsAs;
}): Promise<ImportReport> {
  const { caller, projectId } = options;
  await requireProjectRole(caller, projectId, "manager");
  const target = await annotationTarget(caller, projectId, options.annotationsAs ?? { as: "preannotations" });
  const report = emptyImportReport();
  const units: ImportUnit[] = unitsFromFiles(options.files ?? [], maxUploadBytes(), report.errors);
  const jsonUnit = unitFromJsonDocuments(options.documents ?? [], report.errors);
  if (jsonUnit.drafts.length > 0) units.push(jsonUnit);
  if (units.length > 0) await storeImportUnits({ db: getDb(), caller, projectId, units, report, target });
  const documentIds = report.imported.map((document) => document.id);
  if (documentIds.length > 0) afterCommit(() => predictAfterImport({ caller, projectId, documentIds }));
  return report;
}

/** Pre-annotations are the importing manager's; an annotator's set needs an annotator of the project. */
async function annotationTarget(caller: Caller, projectId: number, annotationsAs: ImportAnnotationsAs): Promise<AnnotationTarget> {
  if (annotationsAs.as === "preannotations") return { set: "preannotation", authorId: caller.id };
  const { annotatorId } = annotationsAs;
  const [membership] = await getDb()
    .select({ userId: memberships.userId })
    .from(memberships)
    .where(and(eq(memberships.projectId, projectId), eq(memberships.userId, annotatorId), eq(memberships.role, "annotator")))
    .limit(1);
  if (!membership) throw new AppError("unprocessable", `User ${annotatorId} is not an annotator of this project`, { field: "annotatorId" });
  return { set: "annotator", authorId: annotatorId };
}
