/** What an import did, per document and per failed input. */
export interface ImportReport {
  imported: ImportedDocument[];
  duplicates: ImportDuplicate[];
  errors: ImportErrorEntry[];
  /** What annotated files brought along with their documents (all zero for plain files). */
  annotations: AnnotationCounts;
  /** Labels and catalog rows the annotated files needed and the project lacked. */
  created: ImportCreated;
}

export interface AnnotationCounts {
  spans: number;
  relations: number;
  documentLabels: number;
}

export interface ImportCreated {
  /** Keys of the entity types, stances and relation types added to the label schema. */
  entityTypes: string[];
  stanceLabels: string[];
  relationTypes: string[];
  claims: number;
  entities: number;
}

/** A report with nothing in it yet. */
export function emptyImportReport(): ImportReport {
  return {
    imported: [],
    duplicates: [],
    errors: [],
    annotations: { spans: 0, relations: 0, documentLabels: 0 },
    created: { entityTypes: [], stanceLabels: [], relationTypes: [], claims: 0, entities: 0 },
  };
}

export interface ImportedDocument {
  id: number;
  /** The file name, or `documents[3]` for the fourth item of a JSON request. */
  file: string;
  title: string;
  language: string;
  chars: number;
  /** Annotated files: the spans stored on this document. */
  spans?: number;
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
