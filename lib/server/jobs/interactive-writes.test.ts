import { describe, expect, it } from "vitest";
import { beginInteractiveWrite, yieldToInteractiveWrites } from "./interactive-writes";

describe("yieldToInteractiveWrites", () => {
  it("answers at once that nobody is saving, and after the last write in flight that someone was", async () => {
    expect(await yieldToInteractiveWrites()).toBe(false);
    const endFirst = beginInteractiveWrite();
    const endSecond = beginInteractiveWrite();
    let resolved = false;
    const waiting = yieldToInteractiveWrites(10_000).then((saving) => {
      resolved = true;
      return saving;
    });
    endFirst();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(resolved).toBe(false);
    endSecond();
    expect(await waiting).toBe(true);
    expect(await yieldToInteractiveWrites()).toBe(false);
  });

  it("gives up waiting after its longest wait, still saying that someone is saving", async () => {
    const end = beginInteractiveWrite();
    expect(await yieldToInteractiveWrites(5)).toBe(true);
    end();
  });
});
