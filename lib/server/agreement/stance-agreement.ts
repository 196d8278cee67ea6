import { notComputable } from "@/lib/domain/agreement/agreement-figure";
import { computeCohenKappaFromLabels } from "@/lib/domain/agreement/cohen-kappa";
import { computeFleissKappa } from "@/lib/domain/agreement/fleiss-kappa";
import { computeKrippendorffAlpha } from "@/lib/domain/agreement/krippendorff-alpha";
import type { AgreementData, AgreementDocument } from "./agreement-data";
import type { AgreementReport, FigureView } from "./agreement-report";

export interface DocumentStanceTally {
  units: number;
  disagreements: number;
}

export interface StanceAgreement {
  claimStance: AgreementReport["claims"]["stance"];
  documentStance: AgreementReport["documentStance"];
  /** Units and units without unanimous stance, per document. */
  byDocument: Map<number, DocumentStanceTally>;
}

/** The stance units of both kinds, filled document by document (addDocumentStanceUnits). */
export interface StanceTallies {
  claimUnits: StanceTable;
  labelUnits: StanceTable;
  /** Row of each annotator of the project in the reliability data. */
  rowOf: Map<number, number>;
  /** Scratch for one document: the column of each position or claim. */
  columnOf: Map<number, number>;
  byDocument: Map<number, DocumentStanceTally>;
}

export function newStanceTallies(data: AgreementData): StanceTallies {
  return {
    claimUnits: newStanceTable(data.annotators.length),
    labelUnits: newStanceTable(data.annotators.length),
    rowOf: new Map(data.annotators.map((annotator, index) => [annotator.id, index])),
    columnOf: new Map(),
    byDocument: new Map(),
  };
}

/**
 * Claim stance units are the distinct claim positions (document, start, end) any annotator marked;
 * document stance units are the (document, catalog claim) pairs any annotator labelled.
 */
export function addDocumentStanceUnits(tallies: StanceTallies, document: AgreementDocument): void {
  // The row of each of the document's annotators; every one is among the project's annotators.
  const rows = document.annotatorIds.map((id) => tallies.rowOf.get(id) ?? 0);
  const tally = { units: 0, disagreements: 0 };
  addClaimPositions({ table: tallies.claimUnits, rows, columnOf: tallies.columnOf, tally }, document);
  addDocumentClaims({ table: tallies.labelUnits, rows, columnOf: tallies.columnOf, tally }, document);
  tallies.byDocument.set(document.id, tally);
}

/**
 * Alpha takes the missing values in its stride; Fleiss' and Cohen's kappa need every rating, so
 * they use only the units every annotator of the document rated.
 */
export function summarizeStanceAgreement(tallies: StanceTallies, data: AgreementData): StanceAgreement {
  const { claimUnits, labelUnits } = tallies;
  const claimStance: StanceAgreement["claimStance"] = {
    units: claimUnits.unitCount,
    krippendorffAlpha: computeKrippendorffAlpha(claimUnits.rows, { metric: "nominal" }),
    fleissKappa: computeFleissOverCompleteUnits(claimUnits.completeBySize),
  };
  if (data.annotators.length === 2) {
    const [first = [], second = []] = claimUnits.rows;
    claimStance.cohenKappa = computeCohenKappaFromLabels(first, second);
  }
  const documentStance = {
    units: labelUnits.unitCount,
    krippendorffAlpha: computeKrippendorffAlpha(labelUnits.rows, { metric: "nominal" }),
  };
  return { claimStance, documentStance, byDocument: tallies.byDocument };
}

/** Reliability data filled unit by unit, with the fully rated units kept aside for Fleiss' kappa. */
interface StanceTable {
  /** One row per annotator of the project, one column per unit; null where an annotator gave no value. */
  rows: (string | null)[][];
  unitCount: number;
  /** The values of each unit every annotator of its document rated, grouped by their number. */
  completeBySize: Map<number, string[][]>;
}

function newStanceTable(annotatorCount: number): StanceTable {
  return {
    rows: Array.from({ length: annotatorCount }, () => []),
    unitCount: 0,
    completeBySize: new Map(),
  };
}

/** A new column, null for every annotator; returns its index. */
function addUnit(table: StanceTable): number {
  for (const row of table.rows) row.push(null);
  return table.unitCount++;
}

/** Where one document's units go: their table, the rows of the document's annotators, and its tally. */
interface DocumentUnits {
  table: StanceTable;
  rows: readonly number[];
  /** Scratch: the column of each key (a position or a claim) in this document. */
  columnOf: Map<number, number>;
  tally: DocumentStanceTally;
}

/**
 * Opens a document's units in order of first appearance, as `fill` asks for the column of each key
 * (a new column the first time), then tallies them.
 */
function addUnits(units: DocumentUnits, fill: (columnFor: (key: number) => number) => void): void {
  const { table, columnOf } = units;
  columnOf.clear();
  const firstColumn = table.unitCount;
  fill((key) => {
    let column = columnOf.get(key);
    if (column === undefined) columnOf.set(key, (column = addUnit(table)));
    return column;
  });
  closeUnits(units, firstColumn);
}

/** The claim positions of a document. Two spans of one annotator at one position: the earlier one speaks for them. */
function addClaimPositions(units: DocumentUnits, document: AgreementDocument): void {
  const { table, rows } = units;
  const { coders, starts, ends, ids, stances, from, to } = document.claimStances;
  addUnits(units, (columnFor) => {
    // The id of the span that gave each (column, annotator) its value, to keep the earliest.
    const speakerIds: number[] = [];
    const firstColumn = table.unitCount;
    for (let k = from; k < to; k++) {
      const coder = coders[k]!;
      const column = columnFor(starts[k]! * (document.length + 1) + ends[k]!);
      const slot = (column - firstColumn) * rows.length + coder;
      const speaker = speakerIds[slot];
      if (speaker !== undefined && speaker < ids[k]!) continue;
      speakerIds[slot] = ids[k]!;
      table.rows[rows[coder]!]![column] = stances[k]!;
    }
  });
}

/** The (document, catalog claim) units of a document. */
function addDocumentClaims(units: DocumentUnits, document: AgreementDocument): void {
  const { table, rows } = units;
  addUnits(units, (columnFor) => {
    for (let k = 0; k < rows.length; k++) {
      const row = table.rows[rows[k]!]!;
      for (const [claimId, stance] of document.documentStances[k] ?? []) row[columnFor(claimId)] = stance;
    }
  });
}

/** Tallies the document's new units (a missing value is a disagreement) and keeps the fully rated ones. */
function closeUnits({ table, rows, tally }: DocumentUnits, firstColumn: number): void {
  for (let column = firstColumn; column < table.unitCount; column++) {
    const values = rows.map((row) => table.rows[row]![column] ?? null);
    tally.units++;
    if (!values.every((value) => value !== null && value === values[0])) tally.disagreements++;
    if (!isComplete(values)) continue;
    const group = table.completeBySize.get(values.length);
    if (group) group.push(values);
    else table.completeBySize.set(values.length, [values]);
  }
}

const isComplete = (values: (string | null)[]): values is string[] => values.every((value) => value !== null);

/**
 * Fleiss' kappa over the units every annotator of their document rated. It needs the same number
 * of ratings per unit, so when documents have different numbers of annotators it uses the most
 * common number and says so in a note.
 */
function computeFleissOverCompleteUnits(completeBySize: ReadonlyMap<number, string[][]>): FigureView {
  let used: string[][] = [];
  let completeCount = 0;
  for (const group of completeBySize.values()) {
    completeCount += group.length;
    if (group.length > used.length) used = group;
  }
  if (used.length === 0) return notComputable("No claim position was given a stance by every annotator of its document");
  const figure = computeFleissKappa(toCategoryCounts(used));
  if (used.length === completeCount) return figure;
  const raters = used[0]?.length ?? 0;
  return { ...figure, note: `Over the ${used.length} of ${completeCount} fully rated positions with ${raters} annotators` };
}

/** Fleiss' subjects × categories matrix. */
function toCategoryCounts(units: readonly string[][]): number[][] {
  const categories = new Map<string, number>();
  for (const values of units) for (const value of values) if (!categories.has(value)) categories.set(value, categories.size);
  return units.map((values) => {
    const counts = new Array<number>(categories.size).fill(0);
    for (const value of values) {
      const index = categories.get(value) ?? 0;
      counts[index] = (counts[index] ?? 0) + 1;
    }
    return counts;
  });
}
