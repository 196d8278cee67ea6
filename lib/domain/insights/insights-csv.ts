import { csvRow } from "@/lib/domain/export/csv-cell";
import type { CoverageView } from "./coverage-view";
import type { NetworkView } from "./network-view";
import type { ProgressView } from "./progress-view";
import type { StanceView } from "./stance-view";

/** One record per claim, period and stance (zeros included), then the claim's undated counts. */
export function stanceViewCsv(view: StanceView): string {
  const rows = [csvRow(["claim_id", "statement", "period", "stance", "spans", "documents"])];
  for (const claim of view.claims) {
    const periods = [...claim.series, { period: "undated", ...claim.undated }];
    for (const { period, spans, documents } of periods) {
      for (const { key } of view.stances) rows.push(csvRow([claim.claimId, claim.statement, period, key, spans[key] ?? 0, documents[key] ?? 0]));
    }
  }
  return rows.join("");
}

/**
 * The edge list: names first, as network tools label nodes, a count column per stance, then the
 * node ids, since two claimants may share a name.
 */
export function networkViewCsv(view: NetworkView): string {
  const labels = new Map(view.nodes.map((node) => [node.id, node.label]));
  const stanceKeys = view.stances.map((stance) => stance.key);
  return [
    csvRow(["source", "target", "count", "dominant", ...stanceKeys, "source_id", "target_id"]),
    ...view.edges.map((edge) =>
      csvRow([
        labels.get(edge.source) ?? "",
        labels.get(edge.target) ?? "",
        edge.count,
        edge.dominant,
        ...stanceKeys.map((key) => edge.stances[key] ?? 0),
        edge.source,
        edge.target,
      ]),
    ),
  ].join("");
}

/** One record per claim and language, then per claim and site, each with its documents. */
export function coverageViewCsv(view: CoverageView): string {
  const rows = [csvRow(["claim_id", "statement", "dimension", "value", "documents"])];
  for (const claim of view.claims) {
    for (const language of view.languages) {
      const n = claim.byLanguage[language];
      if (n) rows.push(csvRow([claim.claimId, claim.statement, "language", language, n]));
    }
    for (const site of view.sources) {
      const n = claim.bySource[site];
      if (n) rows.push(csvRow([claim.claimId, claim.statement, "source", site, n]));
    }
  }
  return rows.join("");
}

/**
 * Team progress, one measure per record: each annotator's submissions on every day of the view
 * (zeros included), span F1 against gold per week (empty for a week without adjudicated work),
 * the median seconds per document, then the submissions still needed, which are nobody's.
 */
export function progressViewCsv(view: ProgressView): string {
  const rows = [csvRow(["user_id", "annotator", "email", "measure", "period", "value"])];
  for (const { userId, name, email, submittedPerDay, agreementOverTime, medianSecondsPerDocument } of view.annotators) {
    for (const day of view.days) rows.push(csvRow([userId, name, email, "submitted", day, submittedPerDay[day] ?? 0]));
    for (const { week, f1 } of agreementOverTime) rows.push(csvRow([userId, name, email, "f1_vs_gold", week, f1]));
    rows.push(csvRow([userId, name, email, "median_seconds_per_document", null, medianSecondsPerDocument]));
  }
  rows.push(csvRow([null, null, null, "submissions_still_needed", null, view.queueRemaining]));
  return rows.join("");
}
