import { describe, expect, it } from "vitest";
import type { ColoredLabelInput, LabelSchemaInput } from "./label-schema-input";
import { validateLabelSchema } from "./validate-label-schema";

const label = (key: string, hotkey: string | null, color = "#4f46e5"): ColoredLabelInput => ({
  key,
  name: `Label ${key}`,
  color,
  hotkey,
});

const validSchema: LabelSchemaInput = {
  entityTypes: [label("PER", "p"), label("ORG", "o"), label("GPE", null)],
  stanceLabels: [label("favor", "f"), label("against", "a")],
  relationTypes: [{ key: "member_of", name: "Member of", directed: true }],
};

const messages = (schema: LabelSchemaInput) => validateLabelSchema(schema).map((p) => p.message);

describe("validateLabelSchema", () => {
  it("accepts a valid schema, including an empty one", () => {
    expect(validateLabelSchema(validSchema)).toEqual([]);
    expect(validateLabelSchema({ entityTypes: [], stanceLabels: [], relationTypes: [] })).toEqual([]);
  });

  it("rejects malformed keys with the item's path", () => {
    for (const key of ["", "1abc", "has space", "ä", "a".repeat(33)]) {
      const problems = validateLabelSchema({ ...validSchema, entityTypes: [label(key, null)] });
      expect(problems).toEqual([expect.objectContaining({ path: "entityTypes.0.key" })]);
    }
    expect(validateLabelSchema({ ...validSchema, entityTypes: [label("a".repeat(32), null)] })).toEqual([]);
  });

  it("rejects keys repeated within a list, ignoring case, but allows them across lists", () => {
    expect(messages({ ...validSchema, entityTypes: [label("PER", null), label("per", null)] })).toEqual([
      'The key "per" is used by entity type 1 and 2; keys must be unique',
    ]);
    const sameKeyElsewhere = { ...validSchema, relationTypes: [{ key: "PER", name: "x", directed: false }] };
    expect(validateLabelSchema(sameKeyElsewhere)).toEqual([]);
  });

  it("rejects empty names and colours that are not #rrggbb", () => {
    const schema = {
      ...validSchema,
      stanceLabels: [{ ...label("favor", null), name: "  " }, label("against", null, "red"), label("x", null, "#abc")],
    };
    expect(validateLabelSchema(schema).map((p) => p.path)).toEqual([
      "stanceLabels.0.name",
      "stanceLabels.1.color",
      "stanceLabels.2.color",
    ]);
  });

  it("requires hotkeys to be single visible characters", () => {
    for (const hotkey of ["ab", " ", "\t", ""]) {
      expect(validateLabelSchema({ ...validSchema, entityTypes: [label("PER", hotkey)] })).toHaveLength(1);
    }
    expect(validateLabelSchema({ ...validSchema, entityTypes: [label("PER", "人")] })).toEqual([]);
  });

  it("rejects hotkeys shared by an entity type and a stance, ignoring case", () => {
    expect(messages({ ...validSchema, entityTypes: [label("FAC", "F")] })).toEqual([
      'The hotkey "f" is used by both entity type "FAC" and stance "favor"',
    ]);
  });

  it("rejects the workspace's reserved keys", () => {
    for (const hotkey of ["c", "C", "z", "?", "/"]) {
      const [problem] = validateLabelSchema({ ...validSchema, stanceLabels: [label("favor", hotkey)] });
      expect(problem?.message).toMatch(/is reserved for/);
    }
  });
});
