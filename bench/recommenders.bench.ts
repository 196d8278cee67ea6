// The built-in recommenders on a generated corpus: their quality by leave-one-document-out on a
// gold set, the background rebuild after a submission at 10,000 documents, and the workspace's
// suggestions request on a 100,000-character article with 2,000 suggestions, Next document
// in a project that queues by uncertainty at 10,000 documents, and the project page's quality
// request once 1,000 of them are adjudicated.
import { getDb } from "@/db/client";
import { and, eq, inArray } from "drizzle-orm";
import { annotations, assignments, catalogEntities, claims, documents, entityTypes, memberships, projects, recommenderSettings, users } from "@/db/schema";
import { defaultProjectSettings } from "@/lib/domain/project/project-settings";
import type { RankableClaim } from "@/lib/domain/recommenders/claim-ranker";
import { evaluateClaimMatching, evaluateStancePrior, evaluateStringMatching, type GoldDocument, type QualityFigures } from "@/lib/domain/recommenders/evaluate-recommenders";
import type { StanceObservation } from "@/lib/domain/recommenders/stance-prior";
import { countCodePoints } from "@/lib/domain/text/count-code-points";
import { suggestAnnotations } from "@/lib/server/annotations/suggest-annotations";
import { nextDocument } from "@/lib/server/assignments/next-document";
import type { Caller } from "@/lib/server/auth/caller";
import { getRecommenderQuality } from "@/lib/server/recommenders/get-recommender-quality";
import { rebuildRecommenderModels } from "@/lib/server/recommenders/rebuild-recommender-models";
import { type BenchRow, peakRssMb, percentile } from "./bench-row";
import { createBenchWorkspace } from "./bench-workspace";
import { insertRows, insertRowsReturningIds, settleAfterBulkInsert } from "./bulk-insert";
import { paragraph, pickWord, seededRandom } from "./generate-articles";

const typeKeys = ["PER", "ORG", "LOC"];
const syllables = ["ka", "zach", "to", "kaj", "ew", "ros", "at", "om", "bor", "li", "mar", "sza", "wa", "nur", "sul", "tan", "ber", "ga"];
const nameCount = 400;
const claimTemplates = [
  ["Kazakhstan supports the sanctions", "Kasachstan unterstützt die Sanktionen", "Kazachstan popiera sankcje", "哈萨克斯坦支持制裁"],
  ["The pipeline will be finished this year", "Die Pipeline wird dieses Jahr fertig", "Rurociąg zostanie ukończony w tym roku", "管道今年完工"],
  ["Rosatom builds a nuclear power plant", "Rosatom baut ein Atomkraftwerk", "Rosatom buduje elektrownię jądrową", "俄罗斯原子能公司建设核电站"],
  ["The border stays open for trade", "Die Grenze bleibt für den Handel offen", "Granica pozostaje otwarta dla handlu", "边境对贸易保持开放"],
];
const stances = ["favor", "against", "neutral"];

interface Name {
  text: string;
  type: number;
}

function generatedNames(random: () => number): Name[] {
  const names = new Map<string, Name>();
  while (names.size < nameCount) {
    const parts = Array.from({ length: 2 + Math.floor(random() * 2) }, () => syllables[Math.floor(random() * syllables.length)]).join("");
    const text = parts[0]!.toUpperCase() + parts.slice(1);
    names.set(text, { text, type: Math.floor(random() * typeKeys.length) });
  }
  return [...names.values()];
}

interface GeneratedDocument {
  text: string;
  entities: { start: number; end: number; type: number }[];
  claims: { start: number; end: number; quote: string; claim: number; stance: string; claimant: number }[];
}

/** Words between two mentions: a paragraph, or in a dense article a few words. */
const filler = (random: () => number, dense: boolean) =>
  dense ? Array.from({ length: 4 + Math.floor(random() * 3) }, () => pickWord(random)).join(" ") : paragraph(random, 60 + Math.floor(random() * 80));

/**
 * A news-like text with `mentions` names (nine in ten marked, one label in twenty wrong) and a
 * claim every ten mentions.
 */
function generatedDocument(random: () => number, names: readonly Name[], mentions: number, dense = false): GeneratedDocument {
  const document: GeneratedDocument = { text: "", entities: [], claims: [] };
  let at = 0;
  const append = (piece: string) => {
    document.text += piece;
    const start = at;
    at += countCodePoints(piece);
    return { start, end: at };
  };
  for (let k = 0; k < mentions; k++) {
    append(`${filler(random, dense)} `);
    const name = names[Math.floor(random() ** 2 * names.length)]!;
    const span = append(name.text);
    if (random() < 0.9) document.entities.push({ ...span, type: random() < 0.05 ? (name.type + 1) % typeKeys.length : name.type });
    append(" ");
    if (k % 10 === 5) {
      const claim = Math.floor(random() * claimTemplates.length);
      // A wording of the claim in one of four languages, with a word of the article slipped in.
      const words = claimTemplates[claim]![Math.floor(random() * 4)]!.split(" ");
      words.splice(1 + Math.floor(random() * (words.length - 1)), 0, pickWord(random));
      const quote = words.join(" ");
      const claimant = Math.floor(random() * 20);
      const stance = stances[(claim + claimant + (random() < 0.2 ? 1 : 0)) % stances.length]!;
      document.claims.push({ ...append(quote), quote, claim, stance, claimant });
      append(". ");
    }
  }
  return document;
}

function qualityRows(name: string, figures: QualityFigures): BenchRow[] {
  const row = (figure: string, value: number | null): BenchRow => ({ name: `recommenders: ${name} ${figure}`, figure: (value ?? Number.NaN) * 100, unit: "%", budget: "—" });
  return [row("precision", figures.precision), row("recall", figures.recall), row("F1", figures.f1)];
}

/** Leave-one-document-out on 1,000 generated gold documents, in memory. */
function benchQuality(names: readonly Name[]): BenchRow[] {
  const random = seededRandom(5);
  const generated = Array.from({ length: 1_000 }, () => generatedDocument(random, names, 20));
  const gold: GoldDocument[] = generated.map((document, documentId) => ({
    documentId,
    text: document.text,
    spans: document.entities.map((span) => ({ ...span, label: String(span.type) })),
  }));
  const statements: RankableClaim[] = claimTemplates.map((template, claimId) => ({ claimId, texts: [{ kind: "statement", text: template[0]! }] }));
  const claimSpans = generated.flatMap((document, documentId) => document.claims.map((span) => ({ documentId, quote: span.quote, claimId: span.claim })));
  const observations: StanceObservation[] = generated.flatMap((document, documentId) =>
    document.claims.map((span) => ({ documentId, claimantEntityId: span.claimant, claimId: span.claim, stance: span.stance, quote: span.quote })),
  );
  return [
    ...qualityRows("string matching (entities)", evaluateStringMatching(gold)),
    ...qualityRows("claim matching", evaluateClaimMatching(statements, claimSpans)),
    ...qualityRows("stance prior", evaluateStancePrior(observations)),
  ];
}

/** 10,000 documents of 20 mentions and 2 claims each (about 3,000 characters), submitted by one annotator, every recommender on. */
async function seedProject(projectId: number, names: readonly Name[]) {
  const db = getDb();
  const { caller } = await createBenchWorkspace("recommenders-annotator");
  await db.insert(memberships).values({ projectId, userId: caller.id, role: "annotator" });
  const typeIds = await insertRowsReturningIds(entityTypes, typeKeys.map((key, position) => ({ projectId, key, name: key, color: "#2563eb", position })));
  const claimIds = await insertRowsReturningIds(claims, claimTemplates.map((template) => ({ projectId, statement: template[0]! })));
  const claimantIds = await insertRowsReturningIds(catalogEntities, Array.from({ length: 20 }, (_, k) => ({ projectId, name: `Claimant ${k}` })));
  await db.insert(recommenderSettings).values(
    (
      [["string-matching", "entity"], ["string-matching", "claim"], ["claim-matching", "claim"], ["stance-prior", "claim"]] as const
    ).map(([recommender, layer]) => ({ projectId, recommender, layer, enabled: true })),
  );
  const random = seededRandom(9);
  for (let batch = 0; batch < 20; batch++) {
    const generated = Array.from({ length: 500 }, () => generatedDocument(random, names, 20));
    const ids = await insertRowsReturningIds(
      documents,
      generated.map((document, k) => ({
        projectId, title: `Document ${batch}-${k}`, text: document.text, chars: countCodePoints(document.text), language: "en", metadata: {},
        contentHash: `recommenders-${batch}-${k}`,
      })),
    );
    await insertRows(assignments, ids.map((documentId) => ({ documentId, userId: caller.id, status: "submitted" as const, submittedAt: new Date() })));
    const span = (documentId: number) => ({ projectId, documentId, authorId: caller.id, set: "annotator" as const });
    await insertRows(
      annotations,
      generated.flatMap((document, k) => [
        ...document.entities.map((entity) => ({
          ...span(ids[k]!), layer: "entity" as const, start: entity.start, end: entity.end,
          quote: [...document.text].slice(entity.start, entity.end).join(""), entityTypeId: typeIds[entity.type]!,
        })),
        ...document.claims.map((claim) => ({
          ...span(ids[k]!), layer: "claim" as const, start: claim.start, end: claim.end, quote: claim.quote,
          claimId: claimIds[claim.claim]!, stance: claim.stance, claimantEntityId: claimantIds[claim.claimant]!,
        })),
      ]),
    );
  }
  await settleAfterBulkInsert();
}

export async function benchRecommenders(): Promise<BenchRow[]> {
  const names = generatedNames(seededRandom(3));
  const rows = benchQuality(names);
  const { caller, projectId } = await createBenchWorkspace("recommenders");
  await seedProject(projectId, names);
  const rebuilds: number[] = [];
  for (let run = 0; run < 3; run++) {
    const began = performance.now();
    await rebuildRecommenderModels(projectId);
    rebuilds.push(performance.now() - began);
  }
  rows.push(
    { name: "recommenders: rebuild at 10,000 documents, first (thread start)", figure: rebuilds[0]!, unit: "ms", budget: "< 5,000" },
    { name: "recommenders: rebuild at 10,000 documents, median", figure: percentile(rebuilds, 50), unit: "ms", budget: "< 5,000" },
  );
  const article = generatedDocument(seededRandom(77), names, 2_000, true);
  const [articleId] = await insertRowsReturningIds(documents, [
    { projectId, title: "Long article", text: article.text, chars: countCodePoints(article.text), language: "en", metadata: {}, contentHash: "recommenders-long" },
  ]);
  const samples: number[] = [];
  let suggested = 0;
  for (let run = 0; run < 40; run++) {
    const began = performance.now();
    const { items } = await suggestAnnotations({ caller, documentId: articleId! });
    samples.push(performance.now() - began);
    suggested = items.filter((item) => item.source === "recommender").length;
  }
  rows.push(
    { name: "recommenders: long article characters", figure: countCodePoints(article.text), unit: "characters", budget: "—" },
    { name: "recommenders: suggestions on it", figure: suggested, unit: "suggestions", budget: "—" },
    { name: "recommenders: suggestions request, first (model load)", figure: samples[0]!, unit: "ms", budget: "—" },
    { name: "recommenders: suggestions request p50", figure: percentile(samples.slice(1), 50), unit: "ms", budget: "—" },
    { name: "recommenders: suggestions request p95", figure: percentile(samples.slice(1), 95), unit: "ms", budget: "< 100" },
  );
  rows.push(...(await benchUncertaintyQueue(projectId)));
  rows.push(...(await benchQualityRequest(caller, projectId)));
  rows.push({ name: "recommenders: peak RSS", figure: peakRssMb(), unit: "MB", budget: "—" });
  return rows;
}

/**
 * The project switched to queueing by uncertainty: two rebuilds that score (in the same job and
 * thread as the models, started by the rebuilds before), then 40 annotators' first Next document.
 */
async function benchUncertaintyQueue(projectId: number): Promise<BenchRow[]> {
  const db = getDb();
  await db.update(projects).set({ settings: { ...defaultProjectSettings, queueOrder: "uncertainty" } }).where(eq(projects.id, projectId));
  const rebuilds: number[] = [];
  for (let run = 0; run < 2; run++) {
    const began = performance.now();
    await rebuildRecommenderModels(projectId);
    rebuilds.push(performance.now() - began);
  }
  const annotators: Caller[] = await db
    .insert(users)
    .values(Array.from({ length: 40 }, (_, k) => ({ email: `bench-queue-${k}-${Date.now()}@bench.example`, name: `Queue ${k}`, passwordHash: "unusable", isAdmin: false })))
    .returning({ id: users.id, email: users.email, name: users.name, isAdmin: users.isAdmin });
  await db.insert(memberships).values(annotators.map((caller) => ({ projectId, userId: caller.id, role: "annotator" as const })));
  const samples: number[] = [];
  for (const caller of annotators) {
    const start = performance.now();
    await nextDocument({ caller, projectId });
    samples.push(performance.now() - start);
  }
  return [
    { name: "recommenders: rebuild scoring uncertainty at 10,000 documents, first", figure: rebuilds[0]!, unit: "ms", budget: "< 5,000" },
    { name: "recommenders: rebuild scoring uncertainty at 10,000 documents, second", figure: rebuilds[1]!, unit: "ms", budget: "< 5,000" },
    { name: "recommenders: Next document (queue by uncertainty, 10,000 documents) p95", figure: percentile(samples, 95), unit: "ms", budget: "< 100" },
  ];
}

/**
 * The project page's quality figures once 1,000 documents are adjudicated (their submitted spans
 * copied to gold): the first request computes leave-one-document-out in the recommenders' thread,
 * the next ones find the figures current by the key of their inputs.
 */
async function benchQualityRequest(caller: Caller, projectId: number): Promise<BenchRow[]> {
  const db = getDb();
  const adjudicated = (await db.select({ id: documents.id }).from(documents).where(eq(documents.projectId, projectId)).orderBy(documents.id).limit(1_000)).map(
    (row) => row.id,
  );
  const submitted = await db
    .select()
    .from(annotations)
    .where(and(eq(annotations.projectId, projectId), inArray(annotations.documentId, adjudicated)));
  await insertRows(
    annotations,
    submitted.map(({ id: _id, set: _set, ...span }) => ({ ...span, set: "gold" as const, origin: "adjudication" as const })),
  );
  await settleAfterBulkInsert();
  const began = performance.now();
  await getRecommenderQuality({ caller, projectId });
  const first = performance.now() - began;
  const samples: number[] = [];
  for (let run = 0; run < 20; run++) {
    const start = performance.now();
    await getRecommenderQuality({ caller, projectId });
    samples.push(performance.now() - start);
  }
  return [
    { name: "recommenders: quality request, 1,000 gold documents, first (computes)", figure: first, unit: "ms", budget: "—" },
    { name: "recommenders: quality request, figures current, p95", figure: percentile(samples, 95), unit: "ms", budget: "< 100" },
  ];
}
