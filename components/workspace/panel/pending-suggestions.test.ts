import { describe, expect, it } from "vitest";
import { acceptAllPreannotationsLabel, describePendingSuggestions } from "./pending-suggestions";

describe("describePendingSuggestions", () => {
  it("names a model server's predictions apart from imported pre-annotations, one or many", () => {
    expect(describePendingSuggestions({ mentions: 0, imported: 0, predicted: 1 })).toEqual({ subject: "1 prediction from the model server", verb: "awaits" });
    expect(describePendingSuggestions({ mentions: 0, imported: 0, predicted: 3 })).toEqual({ subject: "3 predictions from the model server", verb: "await" });
    expect(describePendingSuggestions({ mentions: 0, imported: 1, predicted: 0 })).toEqual({ subject: "1 imported annotation", verb: "awaits" });
    expect(describePendingSuggestions({ mentions: 0, imported: 2, predicted: 0 })).toEqual({ subject: "2 imported annotations", verb: "await" });
  });

  it("joins the kinds with commas and a last 'and', and the verb follows the total", () => {
    expect(describePendingSuggestions({ mentions: 2, imported: 1, predicted: 1 })).toEqual({
      subject: "2 suggested mentions, 1 prediction from the model server and 1 imported annotation",
      verb: "await",
    });
    expect(describePendingSuggestions({ mentions: 1, imported: 0, predicted: 1 })).toEqual({ subject: "1 suggested mention and 1 prediction from the model server", verb: "await" });
    expect(describePendingSuggestions({ mentions: 0, imported: 0, predicted: 0 })).toBeNull();
  });
});

describe("acceptAllPreannotationsLabel", () => {
  it("says what the button accepts, and offers it for two or more", () => {
    expect(acceptAllPreannotationsLabel({ imported: 3, predicted: 0 })).toBe("Accept all 3 imported annotations");
    expect(acceptAllPreannotationsLabel({ imported: 0, predicted: 2 })).toBe("Accept all 2 predictions");
    expect(acceptAllPreannotationsLabel({ imported: 1, predicted: 1 })).toBe("Accept all 2 imported annotations and predictions");
    expect(acceptAllPreannotationsLabel({ imported: 0, predicted: 1 })).toBeNull();
  });
});
