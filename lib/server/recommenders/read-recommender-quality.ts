import "server-only";
import { and, eq, inArray, isNull } from "drizzle-orm";
import { getDb } from "@/db/client";
import { annotations, claims, documents } from "@/db/schema";
import {
  evaluateClaimMatching,
  evaluateStancePrior,
  evaluateStringMatching,
  type GoldDocument,
  type QualityFigures,
} from "@/lib/domain/recommenders/evaluate-recommenders";
import { catalogClaimTexts } from "@/lib/domain/recommenders/claim-ranker";
import type { RecommenderSwitch } from "./enabled-recommenders";

export interface GoldQuality extends RecommenderSwitch {
  figures: QualityFigures;
}

/**
 * Each recommender's precision, recall and F1 on the project's gold set, by leave-one-document-out.
 * Reads only: it runs in the recommenders' worker thread (recommender-thread.ts).
 */
export async function readRecommenderQuality(input: { projectId: number }): Promise<GoldQuality[]> {
  const db = getDb();
  const gold = await db
    .select({
      documentId: annotations.documentId,
      layer: annotations.layer,
      start: annotations.start,
      end: annotations.end,
      quote: annotations.quote,
      entityTypeId: annotations.entityTypeId,
      claimId: annotations.claimId,
      stance: annotations.stance,
      claimantEntityId: annotations.claimantEntityId,
    })
    .from(annotations)
    .where(and(eq(annotations.projectId, input.projectId), eq(annotations.set, "gold"), isNull(annotations.deletedAt)))
    .orderBy(annotations.documentId, annotations.start);
  const documentIds = [...new Set(gold.map((span) => span.documentId))];
  const texts = new Map<number, string>();
  for (let from = 0; from < documentIds.length; from += 500) {
    const rows = await db
      .select({ id: documents.id, text: documents.text })
      .from(documents)
      .where(inArray(documents.id, documentIds.slice(from, from + 500)));
    for (const row of rows) texts.set(row.id, row.text);
  }
  // Grouped once: a pass over the whole gold set per document would grow with its square.
  const spansByDocument = new Map<number, typeof gold>();
  for (const span of gold) {
    const spans = spansByDocument.get(span.documentId);
    if (spans) spans.push(span);
    else spansByDocument.set(span.documentId, [span]);
  }
  const goldDocuments = (layer: "entity" | "claim"): GoldDocument[] =>
    documentIds.map((documentId) => ({
      documentId,
      text: texts.get(documentId) ?? "",
      spans: (spansByDocument.get(documentId) ?? []).flatMap((span) => {
        const label = layer === "entity" ? span.entityTypeId : span.claimId;
        return span.layer === layer && label !== null ? [{ start: span.start, end: span.end, label: String(label) }] : [];
      }),
    }));
  const catalog = await db
    .select({ id: claims.id, statement: claims.statement, translations: claims.translations })
    .from(claims).where(eq(claims.projectId, input.projectId));
  const claimSpans = gold.flatMap(({ documentId, layer, quote, claimId }) => (layer === "claim" && claimId !== null ? [{ documentId, quote, claimId }] : []));
  const observations = gold.flatMap(({ documentId, layer, quote, claimId, stance, claimantEntityId }) =>
    layer === "claim" && claimId !== null && stance !== null && claimantEntityId !== null ? [{ documentId, quote, claimId, stance, claimantEntityId }] : [],
  );
  return [
    { recommender: "string-matching", layer: "entity", figures: evaluateStringMatching(goldDocuments("entity")) },
    { recommender: "string-matching", layer: "claim", figures: evaluateStringMatching(goldDocuments("claim")) },
    {
      recommender: "claim-matching",
      layer: "claim",
      figures: evaluateClaimMatching(
        catalog.map(catalogClaimTexts),
        claimSpans,
      ),
    },
    { recommender: "stance-prior", layer: "claim", figures: evaluateStancePrior(observations) },
  ];
}
