import { describe, expect, it } from "vitest";
import { z } from "zod";
import { insightsFilterParams, insightsFilterSchema, insightsQuerySchema, readInsightsQuery } from "./insights-filter";

const parse = (query: string) => insightsFilterSchema.safeParse(readInsightsQuery(new URLSearchParams(query)));

describe("the insights filter", () => {
  it("defaults to both sets and no restriction", () => {
    expect(parse("").data).toEqual({ set: "both", claim: [], claimant: [], language: [] });
  });

  it("reads repeated parameters as lists, empty values as none", () => {
    const parsed = parse("set=gold&claim=3&claim=1&claimant=e5&claimant=m%20Kremlin%20SOURCES&language=de&language=&from=2022-10-01&to=&documentStance=favor");
    expect(parsed.data).toEqual({
      set: "gold",
      claim: [3, 1],
      claimant: ["e5", "mkremlin sources"],
      language: ["de"],
      from: "2022-10-01",
      documentStance: "favor",
    });
  });

  it.each([
    ["set=annotators", "set"],
    ["claim=0", "claim"],
    ["claimant=5", "claimant"],
    ["from=2022-10", "from"],
    ["to=2022-02-30", "to"],
    ["from=2022-10-02&to=2022-10-01", "to"],
    ["page=2", ""],
  ])("refuses %s", (query, path) => {
    const parsed = parse(query);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((issue) => String(issue.path[0] ?? ""))).toEqual([path]);
  });

  it("takes the extra parameters of a view", () => {
    const schema = insightsQuerySchema({ interval: z.enum(["month", "week"]).default("month") });
    expect(schema.parse(readInsightsQuery(new URLSearchParams("interval=week&claim=2")))).toMatchObject({ interval: "week", claim: [2] });
  });

  it("writes a filter back as the query string it came from", () => {
    const filter = { set: "annotator" as const, claim: [3, 1], claimant: ["e5", "mkremlin sources"], language: ["de"], to: "2022-12-31" };
    const query = insightsFilterParams(filter).toString();
    expect(query).toBe("set=annotator&claim=3&claim=1&claimant=e5&claimant=mkremlin+sources&language=de&to=2022-12-31");
    expect(parse(query).data).toEqual(filter);
    expect(insightsFilterParams({ set: "both", claim: [], claimant: [], language: [] }).toString()).toBe("");
  });
});
