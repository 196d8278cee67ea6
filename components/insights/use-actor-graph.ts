"use client";

import { useEffect, useState } from "react";
import type { NetworkView, StanceLegendItem } from "./insights-types";
import { type ActorGraph, applyLayout, buildActorGraph, layoutInputOf } from "./network-graph";
import { layoutInWorker, prepareLayoutWorker } from "./layout-in-worker";

/**
 * The network's graph once laid out in a worker; until a new view's layout is done, the previous
 * graph stays (null before the first).
 */
export function useActorGraph(view: NetworkView | undefined, stances: StanceLegendItem[]): ActorGraph | null {
  const [graph, setGraph] = useState<ActorGraph | null>(null);
  // While the first answer is on its way: the worker's script and sigma's load meanwhile.
  useEffect(() => {
    prepareLayoutWorker();
    void import("sigma");
  }, []);
  useEffect(() => {
    if (!view) return;
    const next = buildActorGraph(view, stances);
    const layout = layoutInWorker(layoutInputOf(next));
    let cancelled = false;
    void layout.positions.then((positions) => {
      if (cancelled) return;
      applyLayout(next, positions);
      setGraph(next);
    });
    return () => {
      cancelled = true;
      layout.cancel();
    };
  }, [view, stances]);
  return graph;
}
