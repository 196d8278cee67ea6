/** The answers of GET /api/projects/{projectId}/insights/…, as the domain modules define them. */
export type { StanceView } from "@/lib/domain/insights/stance-view";
export type { StanceColumn as StanceLegendItem, StanceCounts } from "@/lib/domain/insights/stance-columns";
export type { NetworkEdge, NetworkNode, NetworkView } from "@/lib/domain/insights/network-view";
export type { EvidenceItem, EvidenceView } from "@/lib/domain/insights/evidence-view";
export type { CoverageView } from "@/lib/domain/insights/coverage-view";
export type { ProgressView } from "@/lib/domain/insights/progress-view";
