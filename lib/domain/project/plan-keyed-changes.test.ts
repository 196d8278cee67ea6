import { describe, expect, it } from "vitest";
import { planKeyedChanges } from "./plan-keyed-changes";

describe("planKeyedChanges", () => {
  it("matches items by key, inserting new keys and removing vanished ones", () => {
    const existing = [
      { id: 1, key: "PER" },
      { id: 2, key: "ORG" },
      { id: 3, key: "LOC" },
    ];
    const wanted = [{ key: "ORG" }, { key: "GPE" }, { key: "PER" }];
    expect(planKeyedChanges(existing, wanted)).toEqual({
      removed: [{ id: 3, key: "LOC" }],
      updated: [
        { existing: { id: 2, key: "ORG" }, wanted: { key: "ORG" }, position: 0 },
        { existing: { id: 1, key: "PER" }, wanted: { key: "PER" }, position: 2 },
      ],
      added: [{ wanted: { key: "GPE" }, position: 1 }],
    });
  });

  it("treats keys differing in case as different items", () => {
    const plan = planKeyedChanges([{ key: "per" }], [{ key: "PER" }]);
    expect(plan.removed).toHaveLength(1);
    expect(plan.added).toHaveLength(1);
  });
});
