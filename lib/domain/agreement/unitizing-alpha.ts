import { type AgreementFigure, computedFigure, notComputable } from "./agreement-figure";
import { LengthCounts } from "./length-counts";
import { type SpanGroups, groupFrom, groupLabeledSpans } from "./span-groups";
import {
  type CoderUnits,
  type UnitizedDocument,
  countGapLengths,
  fillMergedUnits,
  findSpanGroupsProblem,
  sumPairDisagreement,
} from "./unitizing-segments";

export type { UnitizedDocument } from "./unitizing-segments";

export interface UnitizingAlphaDetail {
  observedDisagreement: number;
  expectedDisagreement: number;
  /** Units of all coders, after merging a coder's overlapping units of one label. */
  unitCount: number;
  /** Spans absorbed into an overlapping span of the same coder and label. */
  mergedSpanCount: number;
}

export interface UnitizingAlphaResult {
  /** All labels at once: 1 − Σ D_o(label) / Σ D_e(label). */
  overall: AgreementFigure<UnitizingAlphaDetail>;
  /** Each label against its gaps (everything else in the text). */
  byLabel: ReadonlyMap<string, AgreementFigure<UnitizingAlphaDetail>>;
}

/** One label's sums over all documents; lengths are counted, not listed, so D_e needs no big sort. */
interface LabelTally {
  pairDisagreement: number;
  unitCount: number;
  unitLengthCounts: LengthCounts;
  gapLengthCounts: LengthCounts;
  mergedSpanCount: number;
  /** Lengths of the documents in which some coder marked this label. */
  markedDocumentLengths: LengthCounts;
}

/**
 * Krippendorff's unitizing alpha, uα (1995; Content Analysis 2nd ed. 2004, §12.4, pp. 251–256),
 * for m coders over one or more documents. Documents are pooled as one continuum of their summed
 * length in which neither a unit nor a gap crosses a document boundary. Works on units and gaps,
 * never on single positions, so the cost grows with the number of spans, not with text length.
 */
export function computeUnitizingAlpha(
  documents: readonly UnitizedDocument[],
  options: { labels?: readonly string[] } = {},
): UnitizingAlphaResult {
  const tally = newUnitizingTally(documents[0]?.spansByCoder.length ?? 0, options);
  for (const document of documents) addUnitizedDocument(tally, document);
  return finishUnitizingAlpha(tally);
}

/**
 * The sums of computeUnitizingAlpha, document by document, for callers that stream their documents:
 * newUnitizingTally, then addUnitizedDocument (or addSpanGroups) for each, then finishUnitizingAlpha,
 * once. A document only needs to live during its call.
 */
export interface UnitizingTally {
  coderCount: number;
  /** Documents added so far, computable or not. */
  documentCount: number;
  /** Why the documents cannot be computed from, once one of them failed; later ones are ignored. */
  problem: string | null;
  /** Labels become indexes: the given labels first, then in order of appearance. */
  labelIndex: Map<string, number>;
  labels: LabelTally[];
  totalLength: number;
  /** How many documents have each length. */
  documentLengths: LengthCounts;
  /** Each coder's units of the label at hand, reused for every label of every document. */
  units: CoderUnits[];
}

export function newUnitizingTally(coderCount: number, options: { labels?: readonly string[] } = {}): UnitizingTally {
  const tally: UnitizingTally = {
    coderCount,
    documentCount: 0,
    problem: null,
    labelIndex: new Map(),
    labels: [],
    totalLength: 0,
    documentLengths: new LengthCounts(),
    units: Array.from({ length: coderCount }, () => ({ starts: [], ends: [], count: 0, mergedSpanCount: 0 })),
  };
  for (const label of options.labels ?? []) indexOfLabel(tally, label);
  return tally;
}

/** Adds one document (its coders in the tally's order) to the sums. */
export function addUnitizedDocument(tally: UnitizingTally, document: UnitizedDocument): void {
  addSpanGroups(tally, document.length, groupLabeledSpans(document.spansByCoder));
}

/** Adds one document, `length` code points long, its spans grouped (coders in the tally's order). */
export function addSpanGroups(tally: UnitizingTally, length: number, groups: SpanGroups): void {
  const index = tally.documentCount++;
  if (tally.problem !== null || tally.coderCount < 2) return;
  const problem = findSpanGroupsProblem(groups, length, index, tally.coderCount);
  if (problem) {
    tally.problem = problem;
    return;
  }
  tally.totalLength += length;
  tally.documentLengths.add(length);
  // Labels nobody marked in the document are added at the end, in one step.
  for (let group = 0; group < groups.labels.length; group++) {
    for (let coder = 0; coder < tally.coderCount; coder++) {
      fillMergedUnits(tally.units[coder]!, groups, groupFrom(groups, group, coder), groupFrom(groups, group, coder + 1));
    }
    const labelTally = tally.labels[indexOfLabel(tally, groups.labels[group]!)]!;
    tallyDocument(labelTally, tally.units, length);
    labelTally.markedDocumentLengths.add(length);
  }
}

export function finishUnitizingAlpha(tally: UnitizingTally): UnitizingAlphaResult {
  const failed = (reason: string): UnitizingAlphaResult => ({ overall: notComputable(reason), byLabel: new Map() });
  const { coderCount, totalLength } = tally;
  if (tally.documentCount === 0) return failed("There are no documents");
  if (coderCount < 2) return failed(`There are ${coderCount} coder(s); agreement needs at least 2`);
  if (tally.problem !== null) return failed(tally.problem);
  const { lengths: documentLengths, counts: documentCounts } = tally.documentLengths.sorted();
  // Where nobody marked a label, each coder holds one gap the length of the document, and no
  // pair disagrees: counted per distinct length, so the cost follows spans, not documents × labels.
  for (const label of tally.labels) {
    documentLengths.forEach((length, index) => {
      const unmarked = (documentCounts[index] ?? 0) - label.markedDocumentLengths.get(length);
      if (unmarked > 0) label.gapLengthCounts.add(length, unmarked * coderCount);
    });
  }

  const byLabel = new Map<string, AgreementFigure<UnitizingAlphaDetail>>();
  let observedSum = 0;
  let expectedSum = 0;
  let unitCount = 0;
  let mergedSpanCount = 0;
  for (const [label, index] of tally.labelIndex) {
    const labelTally = tally.labels[index]!;
    const observed = (2 * labelTally.pairDisagreement) / (coderCount * (coderCount - 1) * totalLength * totalLength);
    const expected = expectedDisagreement(labelTally, coderCount, totalLength);
    const detail = {
      observedDisagreement: observed,
      expectedDisagreement: expected,
      unitCount: labelTally.unitCount,
      mergedSpanCount: labelTally.mergedSpanCount,
    };
    observedSum += observed;
    expectedSum += expected;
    unitCount += labelTally.unitCount;
    mergedSpanCount += labelTally.mergedSpanCount;
    if (labelTally.unitCount === 0) byLabel.set(label, notComputable(`No coder marked a unit labelled "${label}"`));
    else if (expected === 0) byLabel.set(label, notComputable(`Expected disagreement for "${label}" is 0`));
    else byLabel.set(label, computedFigure(1 - observed / expected, detail));
  }
  if (unitCount === 0) return { overall: notComputable("No coder marked any unit"), byLabel };
  if (expectedSum === 0) return { overall: notComputable("Expected disagreement is 0"), byLabel };
  const overall = computedFigure(1 - observedSum / expectedSum, {
    observedDisagreement: observedSum,
    expectedDisagreement: expectedSum,
    unitCount,
    mergedSpanCount,
  });
  return { overall, byLabel };
}

function indexOfLabel(tally: UnitizingTally, label: string): number {
  let index = tally.labelIndex.get(label);
  if (index !== undefined) return index;
  index = tally.labelIndex.size;
  tally.labelIndex.set(label, index);
  tally.labels.push({
    pairDisagreement: 0,
    unitCount: 0,
    mergedSpanCount: 0,
    unitLengthCounts: new LengthCounts(),
    gapLengthCounts: new LengthCounts(),
    markedDocumentLengths: new LengthCounts(),
  });
  return index;
}

const noUnits: CoderUnits = { starts: [], ends: [], count: 0, mergedSpanCount: 0 };

/** Adds one document's units, gaps and pairwise disagreement for one label. */
function tallyDocument(tally: LabelTally, unitsByCoder: readonly CoderUnits[], documentLength: number): void {
  for (let coder = 0; coder < unitsByCoder.length; coder++) {
    const units = unitsByCoder[coder] ?? noUnits;
    countGapLengths(units, documentLength, tally.gapLengthCounts);
    for (let k = 0; k < units.count; k++) tally.unitLengthCounts.add((units.ends[k] ?? 0) - (units.starts[k] ?? 0));
    tally.unitCount += units.count;
    tally.mergedSpanCount += units.mergedSpanCount;
    for (let other = coder + 1; other < unitsByCoder.length; other++) {
      tally.pairDisagreement += sumPairDisagreement(units, unitsByCoder[other] ?? noUnits);
    }
  }
}

/**
 * Krippendorff's D_e for one label:
 *   (2/L) Σ_units [ (N − 1)(2l³ − 3l² + l)/3 + l² Σ_{gaps h, l_h ≥ l} (l_h − l + 1) ]
 *   / [ mL(mL − 1) − Σ_units l(l − 1) ].
 * Walks distinct unit lengths upwards against suffix sums over distinct gap lengths.
 */
function expectedDisagreement(tally: LabelTally, coderCount: number, totalLength: number): number {
  const { lengths: gapLengths, counts: gapCounts } = tally.gapLengthCounts.sorted();
  // Over gaps at index ≥ k: Σ count · (length + 1) and Σ count.
  const weightFrom = new Float64Array(gapLengths.length + 1);
  const countFrom = new Float64Array(gapLengths.length + 1);
  for (let k = gapLengths.length - 1; k >= 0; k--) {
    const length = gapLengths[k] ?? 0;
    const count = gapCounts[k] ?? 0;
    weightFrom[k] = (weightFrom[k + 1] ?? 0) + count * (length + 1);
    countFrom[k] = (countFrom[k + 1] ?? 0) + count;
  }

  const { lengths: unitLengths, counts: unitCounts } = tally.unitLengthCounts.sorted();
  let firstFitting = 0;
  let numerator = 0;
  let withinUnitPairs = 0;
  for (let k = 0; k < unitLengths.length; k++) {
    const length = unitLengths[k] ?? 0;
    const count = unitCounts[k] ?? 0;
    while (firstFitting < gapLengths.length && (gapLengths[firstFitting] ?? 0) < length) firstFitting++;
    const placements = (weightFrom[firstFitting] ?? 0) - length * (countFrom[firstFitting] ?? 0);
    const shifts = ((tally.unitCount - 1) * (2 * length ** 3 - 3 * length ** 2 + length)) / 3;
    numerator += count * (shifts + length ** 2 * placements);
    withinUnitPairs += count * length * (length - 1);
  }
  const positions = coderCount * totalLength;
  return ((2 / totalLength) * numerator) / (positions * (positions - 1) - withinUnitPairs);
}
