import { afterEach, describe, expect, it, vi } from "vitest";
import { rebuildRecommenderModels } from "./rebuild-recommender-models";
import { scheduleRecommenderRebuild } from "./schedule-recommender-rebuild";

vi.mock("./rebuild-recommender-models", () => ({ rebuildRecommenderModels: vi.fn() }));
const rebuild = vi.mocked(rebuildRecommenderModels);

afterEach(() => {
  rebuild.mockReset();
  vi.restoreAllMocks();
});

describe("scheduleRecommenderRebuild", () => {
  it("folds submissions made while a rebuild runs into one more rebuild", async () => {
    let finish = () => {};
    rebuild.mockImplementationOnce(() => new Promise<void>((resolve) => (finish = resolve))).mockResolvedValue(undefined);
    const first = scheduleRecommenderRebuild(7);
    expect(rebuild).toHaveBeenCalledTimes(1);
    const second = scheduleRecommenderRebuild(7);
    const third = scheduleRecommenderRebuild(7);
    expect(second).toBe(first);
    expect(third).toBe(first);
    finish();
    await first;
    expect(rebuild.mock.calls).toEqual([[7], [7]]);
  });

  it("never rejects: a failed rebuild is logged and the next submission tries again", async () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    rebuild.mockRejectedValueOnce(new Error("database gone")).mockResolvedValue(undefined);
    await expect(scheduleRecommenderRebuild(8)).resolves.toBeUndefined();
    expect(logged).toHaveBeenCalledWith("Recommenders of project 8 were not rebuilt", expect.any(Error));
    await scheduleRecommenderRebuild(8);
    expect(rebuild).toHaveBeenCalledTimes(2);
  });
});
