import "server-only";
import { count, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { suggestionDecisions } from "@/db/schema";
import type { QualityFigures } from "@/lib/domain/recommenders/evaluate-recommenders";
import type { Caller } from "@/lib/server/auth/caller";
import { requireProjectRole } from "@/lib/server/auth/require-project-role";
import { readCurrentGoldQuality } from "./current-gold-quality";
import { readRecommenderSettings, type RecommenderSetting } from "./get-recommender-settings";

export interface RecommenderQuality extends RecommenderSetting {
  /** Suggestions people accepted and rejected, and the share accepted (null before any decision). */
  accepted: number;
  rejected: number;
  precision: number | null;
  /** On the gold set, by leave-one-document-out. */
  gold: QualityFigures;
}

/**
 * How well each recommender helps: the share of its suggestions that people accepted, and its
 * precision, recall and F1 on the gold set (computed again only when the gold set or the claim
 * catalog changed). Reviewers and managers.
 */
export async function getRecommenderQuality(options: { caller: Caller; projectId: number }): Promise<{ items: RecommenderQuality[] }> {
  const { caller, projectId } = options;
  await requireProjectRole(caller, projectId, "reviewer", "manager");
  const [settings, decided, gold] = await Promise.all([
    readRecommenderSettings(projectId),
    getDb()
      .select({ recommender: suggestionDecisions.recommender, layer: suggestionDecisions.layer, decision: suggestionDecisions.decision, count: count() })
      .from(suggestionDecisions)
      .where(eq(suggestionDecisions.projectId, projectId))
      .groupBy(suggestionDecisions.recommender, suggestionDecisions.layer, suggestionDecisions.decision),
    readCurrentGoldQuality(projectId),
  ]);
  const decisions = (setting: RecommenderSetting, kind: "accepted" | "rejected") =>
    decided.find((row) => row.recommender === setting.recommender && row.layer === setting.layer && row.decision === kind)?.count ?? 0;
  return {
    items: settings.map((setting) => {
      const accepted = decisions(setting, "accepted");
      const rejected = decisions(setting, "rejected");
      const figures = gold.find((row) => row.recommender === setting.recommender && row.layer === setting.layer)?.figures;
      if (!figures) throw new Error(`No gold figures for ${setting.recommender} on ${setting.layer}`);
      return { ...setting, accepted, rejected, precision: accepted + rejected === 0 ? null : accepted / (accepted + rejected), gold: figures };
    }),
  };
}
