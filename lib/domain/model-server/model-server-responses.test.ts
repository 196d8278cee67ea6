import { describe, expect, it } from "vitest";
import { parseHealthResponse, parsePredictResponse, parseSetupResponse } from "./model-server-responses";

describe("model server answers", () => {
  it("reads /health, /setup and /predict as Label Studio's ML backends write them", () => {
    expect(parseHealthResponse({ status: "UP", model_class: "SpacyNer" })).toEqual({
      ok: true,
      value: { up: true, modelClass: "SpacyNer", modelVersion: null },
    });
    expect(parseHealthResponse({ status: "DOWN" })).toMatchObject({ ok: true, value: { up: false } });
    expect(parseSetupResponse({ model_version: 3 })).toEqual({ ok: true, value: { modelVersion: "3" } });
    expect(parsePredictResponse({ results: [{ result: [], score: 0.5, model_version: "v1" }], model_version: "v0" })).toEqual({
      ok: true,
      value: { predictions: [{ result: [], score: 0.5, model_version: "v1" }], modelVersion: "v0" },
    });
  });

  it("says what is wrong with an answer that is not Label Studio's", () => {
    expect(parseHealthResponse("<html>")).toMatchObject({ ok: false });
    expect(parsePredictResponse({ predictions: [] })).toEqual({
      ok: false,
      message: "The answer to /predict is not Label Studio's: results: expected array, received undefined",
    });
    expect(parsePredictResponse({ results: [{ result: [{ value: {} }] }] })).toMatchObject({ ok: false });
  });
});
