import { describe, expect, it } from "vitest";
import { validateLabelSchema } from "@/lib/domain/project/validate-label-schema";
import { findLabel, labelKeyFor, type NewColoredLabel, planColoredLabel } from "./plan-label-types";

const stances: NewColoredLabel[] = [
  { key: "favor", name: "Favor", color: "#16a34a", hotkey: "f" },
  { key: "against", name: "Against", color: "#dc2626", hotkey: "a" },
];

describe("planning entity types for imported labels", () => {
  it("keeps valid labels as keys and turns others into valid ones", () => {
    expect(labelKeyFor("PER")).toBe("PER");
    expect(labelKeyFor("Named entity")).toBe("Named_entity");
    expect(labelKeyFor("Lugar geográfico")).toBe("Lugar_geografico");
    expect(labelKeyFor("2nd level")).toBe("L_2nd_level");
    expect(labelKeyFor("人物")).toBe("LABEL");
  });

  it("finds a label by key or name, ignoring case", () => {
    const known = [{ key: "PER", name: "Person" }, { key: "GPE", name: "Country" }];
    expect(findLabel("per", known)?.key).toBe("PER");
    expect(findLabel("country", known)?.key).toBe("GPE");
    expect(findLabel("ORG", known)).toBeUndefined();
  });

  it("gives new types unused keys, colours and hotkeys that the schema validator accepts", () => {
    const existing = [...stances];
    const entityTypes: NewColoredLabel[] = [];
    for (const label of ["ORG", "PER", "LOC", "MISC", "Ort", "ZZZ", "Claimant", "Cx"]) {
      const planned = planColoredLabel(label, existing);
      existing.push(planned);
      entityTypes.push(planned);
    }
    expect(entityTypes.map((type) => type.hotkey)).toEqual(["o", "p", "l", "m", "r", "1", "i", "2"]);
    expect(new Set(entityTypes.map((type) => type.color)).size).toBe(entityTypes.length);
    expect(validateLabelSchema({ entityTypes, stanceLabels: stances, relationTypes: [] })).toEqual([]);
  });

  it("numbers a key already taken in another case", () => {
    expect(planColoredLabel("per", [{ key: "PER", color: "#2563eb", hotkey: "p" }]).key).toBe("per_2");
  });
});
