// The closed sets of values that columns of the schema take.

/**
 * `preannotation`: spans imported for everyone to start from (origin `import`, authored by the
 * manager who imported them). No annotator's work, agreement, review or export reads them.
 */
export const annotationSets = ["annotator", "gold", "preannotation"] as const;
export type AnnotationSet = (typeof annotationSets)[number];

export const annotationLayers = ["claim", "entity"] as const;
export type AnnotationLayer = (typeof annotationLayers)[number];

/** `prediction`: a pre-annotation a project's model server made. */
export const annotationOrigins = ["manual", "suggestion", "import", "adjudication", "prediction"] as const;
export type AnnotationOrigin = (typeof annotationOrigins)[number];

export const claimStatuses = ["approved", "proposed"] as const;
export type ClaimStatus = (typeof claimStatuses)[number];

export const sourceFormats = ["text", "html", "jsonl", "csv", "json", "brat", "labelstudio", "doccano", "claimdesk-jsonl"] as const;
export type SourceFormat = (typeof sourceFormats)[number];

export const assignmentStatuses = ["assigned", "in_progress", "submitted", "skipped"] as const;
export type AssignmentStatus = (typeof assignmentStatuses)[number];

export const reviewStatuses = ["in_review", "adjudicated"] as const;
export type ReviewStatus = (typeof reviewStatuses)[number];

export const projectRoles = ["manager", "reviewer", "annotator"] as const;
export type ProjectRole = (typeof projectRoles)[number];
