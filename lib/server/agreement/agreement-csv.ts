import type { AgreementReport, FigureView, SpanF1View } from "./agreement-report";

type Row = [scope: string, label: string, metric: string, figure: FigureView];

/** One CSV row per figure: scope, label, metric, value, reason (or the note on what a value covers). */
export function toAgreementCsv(report: AgreementReport): string {
  const rows: Row[] = [];
  const spanRows = (scope: string, label: string, prefix: string, f1: SpanF1View) => {
    rows.push([scope, label, `${prefix}_exact`, f1.exact], [scope, label, `${prefix}_overlap`, f1.overlap]);
  };
  spanRows("entities", "", "span_f1", report.entities.spanF1);
  rows.push(["entities", "", "unitizing_alpha", report.entities.unitizingAlpha]);
  for (const [label, figures] of Object.entries(report.entities.byLabel)) {
    spanRows("entities", label, "span_f1", figures.spanF1);
    rows.push(["entities", label, "unitizing_alpha", figures.unitizingAlpha]);
  }
  spanRows("claims", "", "span_f1", report.claims.spanF1);
  rows.push(["claims", "", "unitizing_alpha", report.claims.unitizingAlpha]);
  const { stance } = report.claims;
  rows.push(["claim_stance", "", "krippendorff_alpha", stance.krippendorffAlpha]);
  rows.push(["claim_stance", "", "fleiss_kappa", stance.fleissKappa]);
  if (stance.cohenKappa) rows.push(["claim_stance", "", "cohen_kappa", stance.cohenKappa]);
  rows.push(["document_stance", "", "krippendorff_alpha", report.documentStance.krippendorffAlpha]);
  for (const pair of report.pairs) {
    const label = `${pair.a.name} / ${pair.b.name}`;
    spanRows("pair", label, "entities_f1", pair.entitiesF1);
    spanRows("pair", label, "claims_f1", pair.claimsF1);
  }

  const lines = [["scope", "label", "metric", "value", "reason"].join(",")];
  for (const [scope, label, metric, figure] of rows) {
    const reason = figure.value === null ? figure.reason : (figure.note ?? "");
    // Values are numbers we formatted ourselves, so a negative one keeps its minus sign.
    const value = figure.value === null ? "" : String(figure.value);
    lines.push([textCell(scope), textCell(label), textCell(metric), value, textCell(reason)].join(","));
  }
  return `${lines.join("\r\n")}\r\n`;
}

/**
 * A text cell, neutralised against formula injection (a leading = + - @ tab or CR makes
 * spreadsheets evaluate it, so it gets a leading apostrophe) and quoted per RFC 4180.
 */
export function textCell(text: string): string {
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}
