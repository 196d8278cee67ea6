import { describe, expect, it } from "vitest";
import { WriteIssueStore } from "./write-issues";

const saved = (stance: string, version: number) => ({ id: 7, claimId: 3, stance, version });

describe("WriteIssueStore: document stance conflicts", () => {
  it("keeps one conflict per claim, with the stance chosen last and the newest saved label", () => {
    const store = new WriteIssueStore();
    let notified = 0;
    store.subscribe(() => notified++);
    store.addLabelConflict({ claimId: 3, mine: "against", current: saved("favor", 2) });
    store.addLabelConflict({ claimId: 4, mine: null, current: { ...saved("neutral", 1), id: 8, claimId: 4 } });
    store.addLabelConflict({ claimId: 3, mine: "unclear", current: saved("favor", 3) });
    expect(store.getState().labelConflicts).toEqual([
      { claimId: 4, mine: null, current: { id: 8, claimId: 4, stance: "neutral", version: 1 } },
      { claimId: 3, mine: "unclear", current: saved("favor", 3) },
    ]);
    store.resolveLabelConflict(3);
    expect(store.getState().labelConflicts.map((c) => c.claimId)).toEqual([4]);
    expect(store.getState().conflicts).toEqual([]);
    expect(notified).toBe(4);
  });
});
