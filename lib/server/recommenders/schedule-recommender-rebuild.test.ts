import { afterEach, describe, expect, it, vi } from "vitest";
import { readCurrentGoldQuality } from "./current-gold-quality";
import { rebuildRecommenderModels } from "./rebuild-recommender-models";
import { scheduleRecommenderRebuild } from "./schedule-recommender-rebuild";

vi.mock("./rebuild-recommender-models", () => ({ rebuildRecommenderModels: vi.fn() }));
vi.mock("./current-gold-quality", () => ({ readCurrentGoldQuality: vi.fn() }));
const rebuild = vi.mocked(rebuildRecommenderModels);
const quality = vi.mocked(readCurrentGoldQuality);

afterEach(() => {
  rebuild.mockReset();
  quality.mockReset();
  vi.restoreAllMocks();
});

describe("scheduleRecommenderRebuild", () => {
  it("folds submissions made while a rebuild runs into one more rebuild, then brings the gold figures up to date", async () => {
    let finish = (_recommending: boolean) => {};
    rebuild.mockImplementationOnce(() => new Promise<boolean>((resolve) => (finish = resolve))).mockResolvedValue(true);
    const first = scheduleRecommenderRebuild(7);
    expect(rebuild).toHaveBeenCalledTimes(1);
    const second = scheduleRecommenderRebuild(7);
    const third = scheduleRecommenderRebuild(7);
    expect(second).toBe(first);
    expect(third).toBe(first);
    finish(true);
    await first;
    expect(rebuild.mock.calls).toEqual([[7], [7]]);
    expect(quality.mock.calls).toEqual([[7]]);
  });

  it("leaves the gold figures alone in a project with every recommender off", async () => {
    rebuild.mockResolvedValue(false);
    await scheduleRecommenderRebuild(9);
    expect(rebuild).toHaveBeenCalledTimes(1);
    expect(quality).not.toHaveBeenCalled();
  });

  it("never rejects: a failed rebuild is logged and the next submission tries again", async () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    rebuild.mockRejectedValueOnce(new Error("database gone")).mockResolvedValue(true);
    await expect(scheduleRecommenderRebuild(8)).resolves.toBeUndefined();
    expect(logged).toHaveBeenCalledWith("Recommenders of project 8 were not rebuilt", expect.any(Error));
    quality.mockRejectedValueOnce(new Error("thread gone"));
    await expect(scheduleRecommenderRebuild(8)).resolves.toBeUndefined();
    expect(logged).toHaveBeenCalledWith("Recommender quality of project 8 was not computed", expect.any(Error));
    expect(rebuild).toHaveBeenCalledTimes(2);
  });
});
