import { describe, expect, it } from "vitest";
import { foldText } from "./fold-text";

describe("foldText", () => {
  it("folds case and drops diacritics in German and Polish", () => {
    expect(foldText("Präsident")).toBe("prasident");
    expect(foldText("ÜBER Straße")).toBe("uber strasse");
    expect(foldText("Łódź Źródło żółć")).toBe("lodz zrodlo zolc");
    expect(foldText("KAZACHSTANU")).toBe(foldText("Kazachstanu"));
  });

  it("decomposes compatibility forms (NFKD)", () => {
    expect(foldText("ＡＢＣ ﬁnal")).toBe("abc final");
  });

  it("leaves Chinese as it is", () => {
    expect(foldText("托卡耶夫表示支持")).toBe("托卡耶夫表示支持");
  });

  it("returns plain lower-case ASCII unchanged", () => {
    expect(foldText("sanctions")).toBe("sanctions");
  });
});
