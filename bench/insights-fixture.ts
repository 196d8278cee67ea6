import { eq, sql } from "drizzle-orm";
import { getDb, getEngine } from "@/db/client";
import { catalogEntities, claims } from "@/db/schema";
import { sourceSiteOf } from "@/lib/domain/insights/source-site";
import { seedSubmissions } from "./agreement-fixture";
import { insertRowsReturningIds, settleAfterBulkInsert } from "./bulk-insert";

export const insightsClaimantCount = 500;
export const insightsClaimCount = 200;
/** Each claimant makes this many of the claims: 500 × 5 edges in the network. */
const claimsPerClaimant = 5;
const languages = ["en", "de", "pl", "zh", "ru", "fr"];
const sites = ["kurier.example", "steppe-observer.example", "daily.example", "gazeta.example", "xinwen.example"];

/**
 * The agreement benches' project (10,000 documents × 3 annotators × 20 spans) given what Insights
 * reads: dates over two years (one document in 25 undated), six languages, five sites, and the
 * issue's network of 500 claimants (catalog entities) × 200 claims spread over the claim spans.
 */
export async function seedInsightsProject(projectId: number): Promise<void> {
  await seedSubmissions(projectId);
  await insertRowsReturningIds(
    catalogEntities,
    Array.from({ length: insightsClaimantCount }, (_, k) => ({ projectId, name: `Claimant ${k}` })),
  );
  // Constants of the bench, spelled into the statements (CASE works on both engines).
  const months = Array.from({ length: 24 }, (_, k) => `WHEN ${k + 1} THEN '${2022 + Math.floor(k / 12)}-${String((k % 12) + 1).padStart(2, "0")}-15'`);
  const language = languages.map((tag, k) => `WHEN ${k} THEN '${tag}'`);
  const url = sites.map((host, k) => `WHEN ${k} THEN 'https://${host}/article'`);
  const site = sites.map((host, k) => `WHEN ${k} THEN '${sourceSiteOf(`https://${host}/article`)}'`);
  await runStatement(
    `UPDATE documents SET published_at = CASE id % 25 ${months.join(" ")} ELSE NULL END,
      language = CASE id % ${languages.length} ${language.join(" ")} END,
      source_url = CASE id % ${sites.length} ${url.join(" ")} END,
      source_site = CASE id % ${sites.length} ${site.join(" ")} END
      WHERE project_id = ${projectId}`,
  );
  await spreadClaimSpans(projectId);
}

/**
 * Brings the project's catalog to 200 claims and spreads the claim spans over every claimant and
 * claim: each claimant makes `claimsPerClaimant` of the claims, so the network has all 500
 * claimants, every claim, and 500 × claimsPerClaimant edges. (Claimants by span id modulo 500
 * alone reach 200 of them: a document's 60 spans take consecutive ids.)
 */
async function spreadClaimSpans(projectId: number): Promise<void> {
  const db = getDb();
  const existing = await db.select({ id: claims.id }).from(claims).where(eq(claims.projectId, projectId));
  const now = new Date();
  await insertRowsReturningIds(
    claims,
    Array.from({ length: insightsClaimCount - existing.length }, (_, k) => ({
      projectId,
      statement: `Claim ${existing.length + k}`,
      status: "approved" as const,
      createdAt: now,
      updatedAt: now,
    })),
  );
  const firstOf = (ids: { id: number }[], count: number, what: string) => {
    const sorted = ids.map((row) => row.id).sort((a, b) => a - b);
    const first = sorted[0] ?? 0;
    if (sorted.length !== count || (sorted.at(-1) ?? 0) - first !== count - 1) throw new Error(`The bench's ${what} need consecutive ids`);
    return first;
  };
  const firstClaim = firstOf(
    await db.select({ id: claims.id }).from(claims).where(eq(claims.projectId, projectId)),
    insightsClaimCount,
    "claims",
  );
  const firstClaimant = firstOf(
    await db.select({ id: catalogEntities.id }).from(catalogEntities).where(eq(catalogEntities.projectId, projectId)),
    insightsClaimantCount,
    "claimants",
  );
  // Integer division on both engines: a span's group of 20 ids, plus the id, reaches every claimant.
  const claimant = `((id / 20 + id) % ${insightsClaimantCount})`;
  await runStatement(
    `UPDATE annotations SET claimant_entity_id = ${firstClaimant} + ${claimant},
      claim_id = ${firstClaim} + ((${claimant} * 7 + (id / 20) % ${claimsPerClaimant}) % ${insightsClaimCount})
      WHERE project_id = ${projectId} AND layer = 'claim'`,
  );
  await settleAfterBulkInsert();
}

async function runStatement(statement: string): Promise<void> {
  const engine = getEngine();
  if (engine.kind === "sqlite") await engine.connection.withConnection((sqlite) => sqlite.exec(statement));
  else await engine.db.execute(sql.raw(statement));
}
