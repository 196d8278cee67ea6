import "server-only";
import type { AgreementReport } from "./agreement-report";
import { buildAgreementReport } from "./build-agreement-report";
import { loadAgreementData } from "./load-agreement-data";
import { readAgreementSnapshot } from "./span-row-source";

/**
 * The agreement report of a project, read in one snapshot, so that every query, the spans read
 * during the pass included, sees the same submissions. No access check: callers make it.
 */
export function readAgreementReport(input: { projectId: number; requiredSubmissions: number }): Promise<AgreementReport> {
  return readAgreementSnapshot(async (db, readSpanRows) =>
    buildAgreementReport(await loadAgreementData(db, readSpanRows, input.projectId, input.requiredSubmissions)),
  );
}
