import { noSource } from "./source-site";

export interface CoverageClaim {
  claimId: number;
  statement: string;
  /** Documents with a counted span on the claim. */
  documents: number;
  /** Documents by language; languages without any are left out. */
  byLanguage: Record<string, number>;
  /** Documents by site (see sourceSiteOf); sites without any are left out. */
  bySource: Record<string, number>;
}

export interface CoverageView {
  /** By documents, most first, then by name. */
  languages: string[];
  sources: string[];
  /** By documents, most first, then by claim id. */
  claims: CoverageClaim[];
}

/** Documents with spans on a claim, counted by the documents' language and site. */
export interface SourceCount {
  claimId: number;
  language: string;
  /** The documents' stored sourceSiteOf(sourceUrl); null, as "(no source)", before a document has it. */
  site: string | null;
  n: number;
}

// Keys come from stored data (languages, host names): no prototype that "__proto__" could reach.
const newCounts = (): Record<string, number> => Object.create(null) as Record<string, number>;

const bump = (counts: Record<string, number>, key: string, n: number) => {
  counts[key] = (counts[key] ?? 0) + n;
};

const rankedKeys = (totals: Record<string, number>) =>
  Object.entries(totals)
    .sort(([a, x], [b, y]) => y - x || (a < b ? -1 : a > b ? 1 : 0))
    .map(([key]) => key);

/**
 * Which languages and sites cover each claim. Every document has one language and one source, so
 * the counts of a claim's rows add up to its documents.
 */
export function buildCoverageView(input: { statements: ReadonlyMap<number, string>; counts: readonly SourceCount[] }): CoverageView {
  const claims = new Map<number, CoverageClaim>();
  const languageTotals = newCounts();
  const sourceTotals = newCounts();
  for (const { claimId, language, site: stored, n } of input.counts) {
    const site = stored ?? noSource;
    let claim = claims.get(claimId);
    if (!claim) {
      const statement = input.statements.get(claimId) ?? `Claim ${claimId}`;
      claims.set(claimId, (claim = { claimId, statement, documents: 0, byLanguage: newCounts(), bySource: newCounts() }));
    }
    claim.documents += n;
    bump(claim.byLanguage, language, n);
    bump(claim.bySource, site, n);
    bump(languageTotals, language, n);
    bump(sourceTotals, site, n);
  }
  return {
    languages: rankedKeys(languageTotals),
    sources: rankedKeys(sourceTotals),
    claims: [...claims.values()].sort((a, b) => b.documents - a.documents || a.claimId - b.claimId),
  };
}
