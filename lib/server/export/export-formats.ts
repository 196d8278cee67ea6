// Shared by the route, the page and the CLI: plain data, no server-only imports.
export const exportFormats = ["jsonl", "csv", "conll", "labelstudio", "doccano", "brat", "huggingface", "network"] as const;
export type ExportFormat = (typeof exportFormats)[number];

export const exportSetChoices = ["gold", "annotators", "all"] as const;
export type ExportSetChoice = (typeof exportSetChoices)[number];

export const exportStatusFilters = ["submitted", "adjudicated"] as const;
export type ExportStatusFilter = (typeof exportStatusFilters)[number];

export interface ExportFormatInfo {
  label: string;
  description: string;
  extension: string;
  contentType: string;
}

export const exportFormatInfo: Record<ExportFormat, ExportFormatInfo> = {
  jsonl: {
    label: "Claimdesk JSONL",
    description: "Lossless: one document per line with every span, relation and document label.",
    extension: "jsonl",
    contentType: "application/x-ndjson; charset=utf-8",
  },
  csv: {
    label: "Claims CSV",
    description: "One row per claim span with claim, stance and claimant, for spreadsheets.",
    extension: "csv",
    contentType: "text/csv; charset=utf-8",
  },
  conll: {
    label: "CoNLL (IOB2)",
    description: "Token per line with IOB2 entity tags, for NER training.",
    extension: "conll",
    contentType: "text/plain; charset=utf-8",
  },
  labelstudio: {
    label: "Label Studio",
    description: "A JSON array of tasks with one annotation per annotator, importable into Label Studio.",
    extension: "json",
    contentType: "application/json; charset=utf-8",
  },
  doccano: {
    label: "doccano",
    description: "Relation-extraction JSONL for doccano; offsets in UTF-16 units as doccano counts them.",
    extension: "jsonl",
    contentType: "application/x-ndjson; charset=utf-8",
  },
  brat: {
    label: "brat standoff",
    description: "A zip of .txt and .ann files per document, with annotation.conf and visual.conf.",
    extension: "zip",
    contentType: "application/zip",
  },
  huggingface: {
    label: "Hugging Face dataset",
    description: "A zip with train/validation/test JSONL (seeded split) and a README dataset card.",
    extension: "zip",
    contentType: "application/zip",
  },
  network: {
    label: "Discourse network",
    description: "A zip with a GraphML graph of who claims what with which stance, and an edge list CSV.",
    extension: "zip",
    contentType: "application/zip",
  },
};
