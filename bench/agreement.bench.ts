import { getDb } from "@/db/client";
import { computeProjectAgreement } from "@/lib/server/agreement/compute-project-agreement";
import { type BenchRow, peakRssMb, percentile } from "./bench-row";
import { createBenchWorkspace } from "./bench-workspace";
import { seededRandom } from "./generate-articles";

const documentCount = 10_000;
const annotatorCount = 3;
const entitiesPerAnnotator = 12;
const claimsPerAnnotator = 8;
const documentLength = 3_000;
const runs = 5;
const entityTypeKeys = ["PER", "ORG", "LOC", "MISC"];
const stances = ["favor", "against", "neutral", "unclear"];
const claimCount = 50;

interface Span {
  start: number;
  end: number;
  label: number;
  stance: string;
}

/** A document's "true" spans, laid out without overlaps, which each annotator then perturbs. */
function baseSpans(random: () => number, count: number): Span[] {
  const slot = Math.floor(documentLength / count);
  return Array.from({ length: count }, (_, k) => {
    const start = k * slot + Math.floor(random() * (slot / 2));
    return { start, end: start + 5 + Math.floor(random() * (slot / 3)), label: Math.floor(random() * 1000), stance: stances[Math.floor(random() * 4)] ?? "favor" };
  });
}

/** Mostly the same span; sometimes a moved boundary, another label or stance. */
function perturb(random: () => number, span: Span): Span {
  const roll = random();
  if (roll < 0.7) return span;
  if (roll < 0.85) return { ...span, start: span.start + 1 + Math.floor(random() * 3) };
  return { ...span, label: span.label + 1, stance: stances[Math.floor(random() * 4)] ?? "favor" };
}

/** Three annotators' submitted work on 10,000 documents, inserted with raw SQL in one transaction. */
function seedSubmissions(projectId: number): void {
  const sqlite = getDb().$client;
  const now = Date.now();
  const userIds = Array.from({ length: annotatorCount }, (_, k) => {
    const { lastInsertRowid } = sqlite
      .prepare("INSERT INTO users (email, name, password_hash, is_admin, created_at) VALUES (?, ?, 'unusable', 0, ?)")
      .run(`annotator-${k}-${now}@bench.example`, `Annotator ${k + 1}`, now);
    sqlite.prepare("INSERT INTO memberships (project_id, user_id, role, created_at) VALUES (?, ?, 'annotator', ?)").run(projectId, lastInsertRowid, now);
    return Number(lastInsertRowid);
  });
  const typeIds = entityTypeKeys.map((key, position) =>
    Number(
      sqlite
        .prepare("INSERT INTO entity_types (project_id, key, name, color, position) VALUES (?, ?, ?, '#2563eb', ?)")
        .run(projectId, key, key, position).lastInsertRowid,
    ),
  );
  const claimIds = Array.from({ length: claimCount }, (_, k) =>
    Number(
      sqlite.prepare("INSERT INTO claims (project_id, statement, status, created_at, updated_at) VALUES (?, ?, 'approved', ?, ?)")
        .run(projectId, `Claim ${k}`, now, now).lastInsertRowid,
    ),
  );
  const insertDocument = sqlite.prepare(
    `INSERT INTO documents (project_id, title, text, chars, language, metadata, content_hash, created_at)
     VALUES (?, ?, ?, ?, 'en', '{}', ?, ?)`,
  );
  const insertAssignment = sqlite.prepare(
    "INSERT INTO assignments (document_id, user_id, status, created_at, updated_at, submitted_at) VALUES (?, ?, 'submitted', ?, ?, ?)",
  );
  const insertSpan = sqlite.prepare(
    `INSERT INTO annotations (project_id, document_id, author_id, "set", layer, start, "end", quote, entity_type_id, claim_id, stance, note, origin, version, created_at, updated_at)
     VALUES (?, ?, ?, 'annotator', ?, ?, ?, '', ?, ?, ?, '', 'manual', 1, ?, ?)`,
  );
  const insertLabel = sqlite.prepare(
    `INSERT INTO document_labels (project_id, document_id, author_id, "set", claim_id, stance, version, created_at, updated_at)
     VALUES (?, ?, ?, 'annotator', ?, ?, 1, ?, ?)`,
  );
  const random = seededRandom(11);
  const pick = <T>(list: readonly T[], index: number): T => list[index % list.length] as T;
  const text = "x".repeat(documentLength - 6);
  sqlite.transaction(() => {
    for (let i = 0; i < documentCount; i++) {
      const documentId = Number(
        insertDocument.run(projectId, `Document ${i}`, `${text}${String(i).padStart(6, "0")}`, documentLength, `bench-${i}`, now).lastInsertRowid,
      );
      const entities = baseSpans(random, entitiesPerAnnotator);
      const claims = baseSpans(random, claimsPerAnnotator);
      const documentClaim = Math.floor(random() * claimCount);
      for (const userId of userIds) {
        insertAssignment.run(documentId, userId, now, now, now);
        for (const span of entities.map((s) => perturb(random, s))) {
          insertSpan.run(projectId, documentId, userId, "entity", span.start, span.end, pick(typeIds, span.label), null, null, now, now);
        }
        for (const span of claims.map((s) => perturb(random, s))) {
          insertSpan.run(projectId, documentId, userId, "claim", span.start, span.end, null, pick(claimIds, span.label), span.stance, now, now);
        }
        insertLabel.run(projectId, documentId, userId, pick(claimIds, documentClaim), pick(stances, Math.floor(random() * 1.4)), now, now);
      }
    }
  })();
}

/** The reviewer dashboard's figures over 10,000 documents × 3 annotators × 20 spans. */
export function benchAgreement(): BenchRow[] {
  const { caller, projectId } = createBenchWorkspace("agreement");
  const seedBegan = performance.now();
  seedSubmissions(projectId);
  const seedSeconds = (performance.now() - seedBegan) / 1000;
  const cpuSamples: number[] = [];
  const samples = Array.from({ length: runs }, () => {
    const began = performance.now();
    const cpuBefore = process.cpuUsage();
    const report = computeProjectAgreement({ caller, projectId });
    const elapsed = performance.now() - began;
    const cpu = process.cpuUsage(cpuBefore);
    cpuSamples.push((cpu.user + cpu.system) / 1000);
    if (report.documents !== documentCount) throw new Error(`Agreement used ${report.documents} documents, not ${documentCount}`);
    return elapsed;
  });
  const spanCount = documentCount * annotatorCount * (entitiesPerAnnotator + claimsPerAnnotator);
  return [
    { name: `agreement: seed ${spanCount.toLocaleString("en")} spans (raw SQL)`, figure: spanCount / seedSeconds, unit: "spans/s", budget: "—" },
    { name: "agreement: 10,000 docs × 3 annotators × 20 spans p50", figure: percentile(samples, 50), unit: "ms", budget: "—" },
    { name: "agreement: 10,000 docs × 3 annotators × 20 spans max", figure: Math.max(...samples), unit: "ms", budget: "< 2,000" },
    // CPU time (all threads, GC included) reads steadier than wall time on a busy machine.
    { name: "agreement: 10,000 docs × 3 annotators × 20 spans, CPU p50", figure: percentile(cpuSamples, 50), unit: "ms", budget: "—" },
    { name: "agreement: peak RSS", figure: peakRssMb(), unit: "MB", budget: "—" },
  ];
}
