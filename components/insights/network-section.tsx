"use client";

import { useMemo, useState } from "react";
import { ActorNetwork } from "./actor-network";
import { ChartCard, PlotFigure } from "./chart-card";
import { EvidenceList } from "./evidence-list";
import { EvidencePicker } from "./evidence-picker";
import { claimantHeatmapSpec, heatmapClaimants, heatmapClaims } from "./claimant-heatmap-spec";
import type { InsightsParams } from "./insights-params";
import type { NetworkView, StanceLegendItem } from "./insights-types";
import { evidenceLimit } from "@/lib/domain/insights/evidence-view";
import { claimantNodeColor, claimNodeColor, networkImageSpec } from "./network-graph";
import { ShowAllToggle } from "./show-all-toggle";
import { useActorGraph } from "./use-actor-graph";
import { type EvidenceSelection, exportUrl, useEvidence } from "./use-insights";
import { ViewState } from "./view-state";

/** Heatmap rows drawn until asked for all: hundreds of claimants would make it thousands of pixels tall. */
const topClaimants = 30;
/** Heatmap columns drawn until asked for all: as many as fit the page with readable labels. */
const topClaims = 40;

/** A node id (`c12`, `e5`, `m<text>`) or an edge id (`<claimant>|c<claim>`) as the evidence route's query. */
export function selectionOf(id: string | undefined): EvidenceSelection | null {
  if (!id) return null;
  const edge = /^(.+)\|c(\d+)$/s.exec(id);
  if (edge) return { claimant: edge[1], claimId: Number(edge[2]) };
  const claim = /^c(\d+)$/.exec(id);
  if (claim) return { claimId: Number(claim[1]) };
  return /^[em]/.test(id) ? { claimant: id } : null;
}

export function NetworkSection({
  projectId,
  params,
  view,
  stances: schemaStances,
  isPending,
  error,
  onSelect,
}: {
  projectId: number;
  params: InsightsParams;
  view: NetworkView | undefined;
  stances: StanceLegendItem[];
  isPending: boolean;
  error: Error | null;
  onSelect: (id: string | undefined) => void;
}) {
  // The view's stances also hold keys the schema no longer lists.
  const stances = view?.stances ?? schemaStances;
  const graph = useActorGraph(view, stances);
  const edgeStances = useMemo(() => new Map(view?.edges.map((edge) => [edge.id, edge.stances]) ?? []), [view]);
  const imageSpec = useMemo(() => (graph && graph.order > 0 ? networkImageSpec(graph, stances) : null), [graph, stances]);
  const [allClaimants, setAllClaimants] = useState(false);
  const [allClaims, setAllClaims] = useState(false);
  const claimantLimit = allClaimants ? Number.POSITIVE_INFINITY : topClaimants;
  const claimLimit = allClaims ? Number.POSITIVE_INFINITY : topClaims;
  const heatmapSpec = useMemo(
    () => (view ? claimantHeatmapSpec(view, stances, { claimants: claimantLimit, claims: claimLimit }) : null),
    [view, stances, claimantLimit, claimLimit],
  );
  const [claimantCount, claimCount] = useMemo(() => {
    if (!view) return [0, 0];
    const claimants = heatmapClaimants(view);
    return [claimants.length, heatmapClaims(view, new Set(claimants.slice(0, claimantLimit).map((node) => node.id))).length];
  }, [view, claimantLimit]);
  const selection = selectionOf(params.selected);
  const evidence = useEvidence(projectId, params, selection);
  const labels = new Map(view?.nodes.map((node) => [node.id, node.label]) ?? []);
  const empty = view !== undefined && view.edges.length === 0;

  const heading = (() => {
    if (!params.selected || !selection) return "";
    if (selection.claimant && selection.claimId !== undefined) {
      return `${labels.get(selection.claimant) ?? selection.claimant} → ${labels.get(`c${selection.claimId}`) ?? `claim ${selection.claimId}`}`;
    }
    return labels.get(params.selected) ?? params.selected;
  })();

  return (
    <>
      <ChartCard
        id="network"
        title="Claimants and claims"
        description={
          <>
            Who makes which claim: <Swatch color={claimantNodeColor} /> claimants, <Swatch color={claimNodeColor} /> claims; an edge&apos;s
            colour is its most frequent stance, its width the number of claim spans. Click a node or an edge for its evidence.
          </>
        }
        fileName={`project-${projectId}-network`}
        spec={imageSpec}
        dataLinks={[
          { label: "GraphML", href: exportUrl(projectId, params, "network", "graphml") },
          { label: "CSV", href: exportUrl(projectId, params, "network", "csv") },
        ]}
        status={
          <ViewState isPending={isPending || (!empty && view !== undefined && graph === null)} error={error} empty={empty}
            emptyText="No attributed claim spans match this filter." />
        }
      >
        {view && graph && !empty && (
          <div className="grid gap-6 xl:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
            <div className="space-y-3">
              {/* Above the network, so that its list of matches opens over the canvas, inside the card. */}
              <EvidencePicker view={view} selected={params.selected} onSelect={onSelect} />
              <ActorNetwork
                graph={graph}
                stances={stances}
                edgeStances={edgeStances}
                selected={params.selected}
                onSelect={onSelect}
                fallback={
                  <>
                    <p role="status" className="text-sm text-amber-700">
                      This browser does not draw WebGL, so the network is shown as a still picture.
                    </p>
                    {imageSpec && <PlotFigure spec={imageSpec} width={900} label="Claimants and claims" />}
                  </>
                }
              />
            </div>
            {selection ? (
              <EvidenceList
                heading={`Evidence: ${heading}`}
                items={evidence.data?.items ?? []}
                stances={stances}
                isPending={evidence.isPending}
                error={evidence.error}
                truncated={evidence.data?.truncated ?? false}
                limit={evidenceLimit}
              />
            ) : (
              <p className="text-sm text-slate-600">Click a claimant, a claim or an edge to list its claim spans.</p>
            )}
          </div>
        )}
      </ChartCard>
      <ChartCard
        id="claimant-heatmap"
        title="Claimant × claim"
        description="Claim spans per claimant and claim, the claimants and claims with most first; the colour is the most frequent stance, stronger with more spans. Hover a claim for its full statement."
        fileName={`project-${projectId}-claimant-claim`}
        spec={heatmapSpec}
        dataLinks={[{ label: "CSV", href: exportUrl(projectId, params, "network", "csv") }]}
        status={<ViewState isPending={isPending} error={error} empty={empty} emptyText="No attributed claim spans match this filter." />}
        footer={
          <>
            <ShowAllToggle total={claimantCount} top={topClaimants} noun="claimants" chart="Claimant × claim" showAll={allClaimants} onChange={setAllClaimants} />
            <ShowAllToggle total={claimCount} top={topClaims} noun="claims" chart="Claimant × claim" showAll={allClaims} onChange={setAllClaims} />
          </>
        }
      />
    </>
  );
}

function Swatch({ color }: { color: string }) {
  return <span aria-hidden="true" className="inline-block size-2.5 rounded-full align-baseline" style={{ backgroundColor: color }} />;
}
