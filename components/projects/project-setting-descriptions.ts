import type { ProjectSettings } from "@/lib/domain/project/project-settings";

/** What each project setting is called in the settings page and what it does. */
export const projectSettingDescriptions: Record<keyof ProjectSettings, { label: string; help: string }> = {
  annotatorsPerDocument: {
    label: "Annotators per document",
    help: "How many annotators each document is assigned to. Two or more allow agreement to be measured.",
  },
  blind: {
    label: "Blind annotation",
    help: "Annotators see only their own work, never each other's, so that their judgements stay independent.",
  },
  allowProposedClaims: {
    label: "Annotators may propose claims",
    help: "Annotators can add claims to the catalog as proposals, which a manager approves or deletes.",
  },
  snapToWords: {
    label: "Snap selections to words",
    help: "Span boundaries extend to whole words (Chinese text is segmented into words too).",
  },
  restrictToAssigned: {
    label: "Only assigned documents",
    help: "Annotators can open only the documents assigned to them.",
  },
  annotatorsCanCreateEntities: {
    label: "Annotators may add entities",
    help: "Annotators can add entities to the entity catalog while annotating; otherwise only managers can.",
  },
  showGoldToAnnotators: {
    label: "Show gold to annotators",
    help: "After adjudication, annotators can compare their work with the gold annotations of the document.",
  },
  preacceptUnanimous: {
    label: "Pre-accept unanimous spans",
    help: "In adjudication, spans that every annotator marked identically start as accepted.",
  },
  insightsForAnnotators: {
    label: "Insights for annotators",
    help: "Annotators can open the Insights views, which summarize every annotator's submitted work and the gold set. Documents they are still working on are left out.",
  },
  queueOrder: {
    label: "Next document order",
    help: "Uncertainty first hands out the documents the recommenders and the model server are least sure about (low scores, or different labels for the same text), and those they know nothing about, before the others. The order is updated when the recommenders are rebuilt after a submission.",
  },
};
