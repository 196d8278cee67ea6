import { describe, expect, it } from "vitest";
import { layoutIterations, layoutPositions } from "./network-layout";

const input = {
  nodes: [
    { id: "c1", size: 10 },
    { id: "c2", size: 6 },
    { id: "e1", size: 8 },
    { id: "e2", size: 4 },
  ],
  edges: [
    { source: "e1", target: "c1", count: 3 },
    { source: "e2", target: "c1", count: 1 },
    { source: "e2", target: "c2", count: 2 },
  ],
};

describe("layoutPositions", () => {
  it("places every node at a finite point, distinct from the others", () => {
    const positions = layoutPositions(input);
    expect(Object.keys(positions)).toEqual(["c1", "c2", "e1", "e2"]);
    const points = Object.values(positions);
    for (const { x, y } of points) expect(Number.isFinite(x) && Number.isFinite(y)).toBe(true);
    expect(new Set(points.map(({ x, y }) => `${x.toFixed(3)},${y.toFixed(3)}`)).size).toBe(4);
  });

  it("gives the same picture for the same network", () => {
    expect(layoutPositions(input)).toEqual(layoutPositions(input));
  });

  it("leaves a network without edges on its circle", () => {
    const positions = layoutPositions({ nodes: input.nodes, edges: [] });
    const radii = Object.values(positions).map(({ x, y }) => Math.round(Math.hypot(x, y)));
    expect(radii).toEqual([100, 100, 100, 100]);
  });
});

describe("layoutIterations", () => {
  it("runs the full count on small networks and fewer, down to a floor, on big ones", () => {
    expect(layoutIterations(40)).toBe(400);
    expect(layoutIterations(700)).toBe(143);
    expect(layoutIterations(5000)).toBe(100);
  });
});
