/** What an import did, per document and per failed input. */
export interface ImportReport {
  imported: ImportedDocument[];
  duplicates: ImportDuplicate[];
  errors: ImportErrorEntry[];
}

export interface ImportedDocument {
  id: number;
  /** The file name, or `documents[3]` for the fourth item of a JSON request. */
  file: string;
  title: string;
  language: string;
  chars: number;
}

export interface ImportDuplicate {
  file: string;
  /** The id of the document that already holds this text. */
  duplicateOf: number;
}

export interface ImportErrorEntry {
  file: string;
  line?: number;
  code: string;
  message: string;
}
