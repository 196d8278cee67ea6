import { describe, expect, it } from "vitest";
import { buildCoverageView } from "./coverage-view";
import { sourceSiteOf } from "./source-site";

describe("sourceSiteOf", () => {
  it.each([
    ["https://www.spiegel.de/politik/a-1.html", "spiegel.de"],
    ["http://WWW.BBC.co.uk/news?x=1", "bbc.co.uk"],
    ["https://wyborcza.pl:8443/7,75399", "wyborcza.pl"],
    ["https://www2.example.org/", "www2.example.org"],
    ["https://xn--80ak6aa92e.com/", "xn--80ak6aa92e.com"],
    ["not a url", "(no source)"],
    ["mailto:desk@example.org", "(no source)"],
    ["", "(no source)"],
    [null, "(no source)"],
  ])("reads %s as %s", (url, site) => {
    expect(sourceSiteOf(url)).toBe(site);
  });
});

describe("buildCoverageView", () => {
  it("adds up documents per claim by language and site, ranking both by documents", () => {
    const view = buildCoverageView({
      statements: new Map([[1, "Sanctions work"]]),
      counts: [
        { claimId: 1, language: "de", site: "spiegel.de", n: 3 },
        { claimId: 1, language: "pl", site: "(no source)", n: 1 },
        { claimId: 4, language: "zh", site: "xinhuanet.com", n: 5 },
        // A document stored before sites were: counted as having none, until the start-up fills it in.
        { claimId: 4, language: "__proto__", site: null, n: 1 },
      ],
    });
    expect(view.languages).toEqual(["zh", "de", "__proto__", "pl"]);
    expect(view.sources).toEqual(["xinhuanet.com", "spiegel.de", "(no source)"]);
    expect(view.claims).toEqual([
      { claimId: 4, statement: "Claim 4", documents: 6, byLanguage: { zh: 5, ["__proto__"]: 1 }, bySource: { "xinhuanet.com": 5, "(no source)": 1 } },
      { claimId: 1, statement: "Sanctions work", documents: 4, byLanguage: { de: 3, pl: 1 }, bySource: { "spiegel.de": 3, "(no source)": 1 } },
    ]);
    // A language named "__proto__" is a key like any other, in memory and as JSON.
    expect(JSON.stringify(view.claims[0]?.byLanguage)).toBe('{"zh":5,"__proto__":1}');
  });
});
