"use client";

import { useMemo, useState } from "react";
import { ActorNetwork } from "./actor-network";
import { ChartCard, PlotFigure } from "./chart-card";
import { EvidenceList } from "./evidence-list";
import { claimantHeatmapSpec, heatmapClaimants } from "./heatmap-specs";
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
  const heatmapLimit = allClaimants ? Number.POSITIVE_INFINITY : topClaimants;
  const heatmapSpec = useMemo(() => (view ? claimantHeatmapSpec(view, stances, heatmapLimit) : null), [view, stances, heatmapLimit]);
  const claimantCount = useMemo(() => (view ? heatmapClaimants(view).length : 0), [view]);
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
        {graph && !empty && (
          <div className="grid gap-6 xl:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
            <div className="space-y-3">
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
              <SelectionPicker view={view} selected={params.selected} onSelect={onSelect} />
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
        description="Claim spans per claimant and claim, the claimants with most first; the colour is the most frequent stance, stronger with more spans."
        fileName={`project-${projectId}-claimant-claim`}
        spec={heatmapSpec}
        dataLinks={[{ label: "CSV", href: exportUrl(projectId, params, "network", "csv") }]}
        status={<ViewState isPending={isPending} error={error} empty={empty} emptyText="No attributed claim spans match this filter." />}
        footer={<ShowAllToggle total={claimantCount} top={topClaimants} noun="claimants" chart="Claimant × claim" showAll={allClaimants} onChange={setAllClaimants} />}
      />
    </>
  );
}

function Swatch({ color }: { color: string }) {
  return <span aria-hidden="true" className="inline-block size-2.5 rounded-full align-baseline" style={{ backgroundColor: color }} />;
}

/** The keyboard's way to a node or an edge, and the list of what the network holds. */
function SelectionPicker({
  view,
  selected,
  onSelect,
}: {
  view: NetworkView | undefined;
  selected: string | undefined;
  onSelect: (id: string | undefined) => void;
}) {
  if (!view) return null;
  const labels = new Map(view.nodes.map((node) => [node.id, node.label]));
  const byLabel = (kind: "claim" | "claimant") =>
    view.nodes.filter((node) => node.kind === kind).sort((a, b) => a.label.localeCompare(b.label));
  const pairs = [...view.edges].sort((a, b) => b.count - a.count);
  return (
    <div className="space-y-1">
      <label htmlFor="network-selection" className="block text-sm font-medium">Show evidence for</label>
      <select id="network-selection" value={selected ?? ""} onChange={(event) => onSelect(event.target.value || undefined)}
        className="w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm">
        <option value="">Nothing selected</option>
        <optgroup label="Claimants">
          {byLabel("claimant").map((node) => <option key={node.id} value={node.id}>{node.label} ({node.count})</option>)}
        </optgroup>
        <optgroup label="Claims">
          {byLabel("claim").map((node) => <option key={node.id} value={node.id}>{node.label} ({node.count})</option>)}
        </optgroup>
        <optgroup label="Claimant → claim">
          {pairs.map((edge) => (
            <option key={edge.id} value={edge.id}>
              {labels.get(edge.source) ?? edge.source} → {labels.get(edge.target) ?? edge.target} ({edge.count})
            </option>
          ))}
        </optgroup>
      </select>
    </div>
  );
}
