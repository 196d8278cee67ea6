import { notComputable } from "@/lib/domain/agreement/agreement-figure";
import type { AgreementData } from "./agreement-data";
import type { AgreementReport, FigureView, SpanF1View } from "./agreement-report";
import { rankDocumentDisagreement } from "./rank-document-disagreement";
import { addDocumentSpans, newSpanTallies, summarizeSpanAgreement } from "./span-agreement";
import { addDocumentStanceUnits, newStanceTallies, summarizeStanceAgreement } from "./stance-agreement";
import { addDocumentUnits, newUnitizingTallies, summarizeUnitizingAgreement } from "./unitizing-agreement";

/** Every figure of the reviewer dashboard, from sums gathered in one pass over the submitted documents. */
export async function buildAgreementReport(data: AgreementData): Promise<AgreementReport> {
  const progress = { requiredSubmissions: data.requiredSubmissions, complete: data.complete, total: data.total };
  if (data.documents.length === 0) return emptyReport(data, progress);

  const spanTallies = newSpanTallies();
  const unitizingTallies = newUnitizingTallies(data);
  const stanceTallies = newStanceTallies(data);
  await data.visitDocuments((document) => {
    addDocumentSpans(spanTallies, document);
    addDocumentUnits(unitizingTallies, document);
    addDocumentStanceUnits(stanceTallies, document);
  });
  const spans = summarizeSpanAgreement(spanTallies, data);
  const unitizing = summarizeUnitizingAgreement(unitizingTallies);
  const stance = summarizeStanceAgreement(stanceTallies, data);

  const labels = [...new Set([...data.entityTypeKeys, ...spans.entitiesF1ByLabel.keys(), ...unitizing.entitiesByLabel.keys()])];
  const byLabel: AgreementReport["entities"]["byLabel"] = {};
  for (const label of labels) {
    byLabel[label] = {
      spanF1: spans.entitiesF1ByLabel.get(label) ?? bothModes(notComputable(`No annotator marked a "${label}" span`)),
      unitizingAlpha: unitizing.entitiesByLabel.get(label) ?? notComputable(`No annotator marked a "${label}" span`),
    };
  }
  return {
    entities: { spanF1: spans.entitiesF1, unitizingAlpha: unitizing.entities, byLabel },
    claims: { spanF1: spans.claimsF1, unitizingAlpha: unitizing.claims, stance: stance.claimStance },
    documentStance: stance.documentStance,
    pairs: spans.pairs,
    documents: data.documents.length,
    perDocument: rankDocumentDisagreement(data.documents, spans.overlapF1ByDocument, stance.byDocument),
    progress,
  };
}
const bothModes = (figure: FigureView): SpanF1View => ({ exact: figure, overlap: figure });

function emptyReport(data: AgreementData, progress: AgreementReport["progress"]): AgreementReport {
  const none = notComputable("No document has been submitted by two or more annotators yet");
  const byLabel: AgreementReport["entities"]["byLabel"] = {};
  for (const label of data.entityTypeKeys) byLabel[label] = { spanF1: bothModes(none), unitizingAlpha: none };
  return {
    entities: { spanF1: bothModes(none), unitizingAlpha: none, byLabel },
    claims: {
      spanF1: bothModes(none),
      unitizingAlpha: none,
      stance: { units: 0, krippendorffAlpha: none, fleissKappa: none },
    },
    documentStance: { units: 0, krippendorffAlpha: none },
    pairs: [],
    documents: 0,
    perDocument: [],
    progress,
  };
}
