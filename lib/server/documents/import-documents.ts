import "server-only";
import { getDb } from "@/db/client";
import type { Caller } from "@/lib/server/auth/caller";
import { requireProjectRole } from "@/lib/server/auth/require-project-role";
import { env } from "@/lib/server/env";
import { type ImportFile, type ImportUnit, unitFromJsonDocuments, unitsFromFiles } from "./collect-import-drafts";
import type { ImportReport } from "./import-report";
import { storeImportUnits } from "./store-import-units";

/** The largest file (and import request) accepted, in bytes. */
export function maxUploadBytes(): number {
  return env().CLAIMDESK_MAX_UPLOAD_MB * 1024 * 1024;
}

/**
 * Managers import files (`.txt .html .htm .jsonl .csv`) and JSON documents into a project.
 * A file that fails imports nothing; the other files and documents still import.
 * `documents` are validated here, item by item, so that one bad item does not reject the rest.
 */
export function importDocuments(options: {
  caller: Caller;
  projectId: number;
  files?: readonly ImportFile[];
  documents?: readonly unknown[];
}): ImportReport {
  const { caller, projectId } = options;
  requireProjectRole(caller, projectId, "manager");
  const report: ImportReport = { imported: [], duplicates: [], errors: [] };
  const units: ImportUnit[] = unitsFromFiles(options.files ?? [], maxUploadBytes(), report.errors);
  const jsonUnit = unitFromJsonDocuments(options.documents ?? [], report.errors);
  if (jsonUnit.drafts.length > 0) units.push(jsonUnit);
  if (units.length > 0) storeImportUnits({ db: getDb(), caller, projectId, units, report });
  return report;
}
