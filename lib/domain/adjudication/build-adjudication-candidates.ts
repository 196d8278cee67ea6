/**
 * Groups the submitted spans of one document into adjudication candidates. Spans of the same
 * layer that overlap form one cluster; identical spans (offsets and attributes) form one version.
 */
export type AdjudicationLayer = "claim" | "entity";

export interface AdjudicationSpan {
  id: number;
  layer: AdjudicationLayer;
  start: number;
  end: number;
  quote: string;
  entityTypeId: number | null;
  entityId: number | null;
  claimId: number | null;
  stance: string | null;
  claimantEntityId: number | null;
  /** An entity span of the same annotator; compared by its offsets, not by its id. */
  claimantMentionId: number | null;
}

export interface AnnotatorSpans {
  annotatorId: number;
  spans: readonly AdjudicationSpan[];
}

export type CandidateStatus = "agreed" | "disputed" | "single";

export interface CandidateVersion {
  /** Offsets and attributes; equal keys mean the annotators agree. */
  key: string;
  /** The first span of the version; the others are identical to it. */
  span: AdjudicationSpan;
  /** Who holds this version, and with which of their spans. */
  holders: { annotatorId: number; spanId: number }[];
}

export interface AdjudicationCandidate {
  /** Stable while the submitted spans stay the same: layer and the cluster's extent. */
  key: string;
  layer: AdjudicationLayer;
  start: number;
  end: number;
  status: CandidateStatus;
  versions: CandidateVersion[];
  /** Annotators with at least one span in the cluster, in input order. */
  annotatorIds: number[];
}

interface Located {
  annotatorId: number;
  span: AdjudicationSpan;
  key: string;
}

/** The claimant as an annotator meant it: a catalog entity, or the offsets of a mention. */
export function claimantKey(span: AdjudicationSpan, mentions: ReadonlyMap<number, AdjudicationSpan>): string {
  if (span.claimantEntityId !== null) return `e${span.claimantEntityId}`;
  if (span.claimantMentionId === null) return "-";
  const mention = mentions.get(span.claimantMentionId);
  return mention ? `m${mention.start}-${mention.end}` : "-";
}

/** The key two spans share when they are the same annotation, whoever made them. */
function versionKey(span: AdjudicationSpan, claimant: string): string {
  const position = `${span.layer}:${span.start}-${span.end}`;
  if (span.layer === "entity") return `${position}|t${span.entityTypeId ?? "-"}|e${span.entityId ?? "-"}`;
  return `${position}|c${span.claimId ?? "-"}|s${span.stance ?? "-"}|${claimant}`;
}

/** The version key of each of one author's spans (claimant mentions resolve among them), by span id. */
export function versionKeysOf(sameAuthorSpans: readonly AdjudicationSpan[]): Map<number, string> {
  const mentions = new Map(sameAuthorSpans.map((s) => [s.id, s]));
  return new Map(sameAuthorSpans.map((span) => [span.id, versionKey(span, claimantKey(span, mentions))]));
}

export const candidateKeyOf = (layer: AdjudicationLayer, start: number, end: number) => `${layer}:${start}-${end}`;

function byPosition(a: { start: number; end: number; layer: string }, b: { start: number; end: number; layer: string }) {
  return a.start - b.start || a.end - b.end || (a.layer < b.layer ? -1 : a.layer > b.layer ? 1 : 0);
}

function statusOf(members: readonly Located[], versions: readonly CandidateVersion[], annotatorCount: number): CandidateStatus {
  const annotators = new Set(members.map((m) => m.annotatorId));
  if (annotators.size === 1) return "single";
  const unanimous =
    versions.length === 1 && annotators.size === annotatorCount && members.length === annotatorCount;
  return unanimous ? "agreed" : "disputed";
}

function toCandidate(members: Located[], annotatorCount: number, annotatorOrder: Map<number, number>): AdjudicationCandidate {
  const versions = new Map<string, CandidateVersion>();
  for (const { annotatorId, span, key } of members) {
    const version = versions.get(key) ?? { key, span, holders: [] };
    version.holders.push({ annotatorId, spanId: span.id });
    versions.set(key, version);
  }
  const ordered = [...versions.values()].sort((a, b) => byPosition(a.span, b.span) || (a.key < b.key ? -1 : 1));
  const first = members[0]!;
  const end = Math.max(...members.map((m) => m.span.end));
  const annotatorIds = [...new Set(members.map((m) => m.annotatorId))].sort(
    (a, b) => (annotatorOrder.get(a) ?? 0) - (annotatorOrder.get(b) ?? 0),
  );
  return {
    key: candidateKeyOf(first.span.layer, first.span.start, end),
    layer: first.span.layer,
    start: first.span.start,
    end,
    status: statusOf(members, ordered, annotatorCount),
    versions: ordered,
    annotatorIds,
  };
}

/**
 * One candidate per cluster of overlapping same-layer spans, sorted by position. `agreed` needs
 * every annotator in the input to hold exactly one span of the cluster, all of them identical.
 */
export function buildAdjudicationCandidates(spansByAnnotator: readonly AnnotatorSpans[]): AdjudicationCandidate[] {
  const annotatorOrder = new Map(spansByAnnotator.map((a, index) => [a.annotatorId, index]));
  const located: Located[] = [];
  for (const { annotatorId, spans } of spansByAnnotator) {
    const keys = versionKeysOf(spans);
    for (const span of spans) located.push({ annotatorId, span, key: keys.get(span.id)! });
  }
  const candidates: AdjudicationCandidate[] = [];
  for (const layer of ["claim", "entity"] as const) {
    const spans = located.filter((l) => l.span.layer === layer).sort((a, b) => byPosition(a.span, b.span));
    let cluster: Located[] = [];
    let clusterEnd = -1;
    for (const item of spans) {
      if (cluster.length > 0 && item.span.start >= clusterEnd) {
        candidates.push(toCandidate(cluster, spansByAnnotator.length, annotatorOrder));
        cluster = [];
      }
      cluster.push(item);
      clusterEnd = cluster.length === 1 ? item.span.end : Math.max(clusterEnd, item.span.end);
    }
    if (cluster.length > 0) candidates.push(toCandidate(cluster, spansByAnnotator.length, annotatorOrder));
  }
  return candidates.sort(byPosition);
}
