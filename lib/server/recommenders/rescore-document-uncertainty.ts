import "server-only";
import { eq, inArray } from "drizzle-orm";
import { getDb } from "@/db/client";
import { documents, documentUncertainty, projects } from "@/db/schema";
import { readProjectSettings } from "@/lib/domain/project/project-settings";
import { ThreadJobs } from "@/lib/server/jobs/thread-jobs";
import type { RecommenderSwitch } from "./enabled-recommenders";
import type { readDocumentUncertainties } from "./read-document-uncertainties";

type UncertaintyInput = Parameters<typeof readDocumentUncertainties>[0];

// Scoring reads every text the queue may hand out: it runs beside the thread that answers requests.
const uncertaintyJobs = new ThreadJobs<UncertaintyInput, [number, number][]>("lib/server/recommenders/uncertainty-thread.ts");

/** Rows written per statement. */
const chunkSize = 500;

/**
 * In a project whose queue orders by uncertainty, scores again how unsure the recommenders are
 * about each document still to hand out, and stores the scores for Next document to order by.
 * Internal: it runs after the recommenders' models were rebuilt.
 */
export async function rescoreDocumentUncertainty(projectId: number, wanted: readonly RecommenderSwitch[]): Promise<void> {
  const [project] = await getDb().select({ settings: projects.settings }).from(projects).where(eq(projects.id, projectId)).limit(1);
  if (!project) return;
  const settings = readProjectSettings(project.settings);
  if (settings.queueOrder !== "uncertainty") return;
  const scores = await uncertaintyJobs.run({ projectId, annotatorsPerDocument: settings.annotatorsPerDocument, wanted: [...wanted] });
  await getDb().transaction(async (tx) => {
    await tx.delete(documentUncertainty).where(eq(documentUncertainty.projectId, projectId));
    for (let i = 0; i < scores.length; i += chunkSize) {
      const chunk = scores.slice(i, i + chunkSize);
      // A document deleted while the thread scored it has no row to point at any more.
      const present = new Set(
        (await tx.select({ id: documents.id }).from(documents).where(inArray(documents.id, chunk.map(([documentId]) => documentId)))).map((row) => row.id),
      );
      const rows = chunk.flatMap(([documentId, uncertaintyPermille]) => (present.has(documentId) ? [{ documentId, projectId, uncertaintyPermille }] : []));
      if (rows.length > 0) await tx.insert(documentUncertainty).values(rows);
    }
  });
}
