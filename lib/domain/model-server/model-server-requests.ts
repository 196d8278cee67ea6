import { exportLabelStudioTask, type LabelStudioTask } from "@/lib/domain/export/labelstudio";
import type { ExportDocument } from "@/lib/domain/export/dataset-model";

/**
 * The bodies Claimdesk sends to a model server that speaks Label Studio's ML backend protocol.
 * Tasks carry the document as the Label Studio export writes it (`data.text` and its metadata),
 * and the label config is the one that export ships, so a backend trained on an export reads
 * Claimdesk's requests unchanged.
 */

export type ModelServerDocument = Omit<ExportDocument, "spans" | "relations" | "documentLabels">;

export interface ModelServerTask {
  id: number;
  data: LabelStudioTask["data"];
}

/** `POST /predict`. */
export interface PredictRequest {
  tasks: ModelServerTask[];
  project: string;
  label_config: string;
  params: { context: null };
}

/** `POST /setup`: Label Studio names the config `schema` here. */
export interface SetupRequest {
  project: string;
  schema: string;
  hostname: string;
  access_token: string;
  model_version: string | null;
  extra_params: Record<string, never>;
}

/** Label Studio identifies a project as `<id>.<created-at seconds>`; the id alone is just as stable here. */
export const modelServerProjectId = (projectId: number) => String(projectId);

export function modelServerTask(document: ModelServerDocument): ModelServerTask {
  const { id, data } = exportLabelStudioTask({ ...document, spans: [], relations: [], documentLabels: [] });
  return { id, data };
}

export function buildPredictRequest(options: { projectId: number; labelConfig: string; documents: readonly ModelServerDocument[] }): PredictRequest {
  return {
    tasks: options.documents.map(modelServerTask),
    project: modelServerProjectId(options.projectId),
    label_config: options.labelConfig,
    params: { context: null },
  };
}

/** No access token: a model server never calls back into Claimdesk; tasks carry their text. */
export function buildSetupRequest(options: {
  projectId: number;
  labelConfig: string;
  hostname: string;
  modelVersion: string | null;
}): SetupRequest {
  return {
    project: modelServerProjectId(options.projectId),
    schema: options.labelConfig,
    hostname: options.hostname,
    access_token: "",
    model_version: options.modelVersion,
    extra_params: {},
  };
}

/** `POST /webhook` after an annotator submits: Label Studio's `ANNOTATION_CREATED` event. */
export interface SubmissionWebhook {
  action: "ANNOTATION_CREATED";
  project: { id: string; label_config: string };
  task: ModelServerTask;
  annotation: { id: number; task: number; completed_by: { email: string }; result: LabelStudioTask["annotations"][number]["result"] };
}

/**
 * The submitted set as Label Studio would post it, through the Label Studio exporter (one
 * annotation: the document's spans must all be this annotator's).
 */
export function buildSubmissionWebhook(options: {
  projectId: number;
  labelConfig: string;
  document: ExportDocument;
  annotator: string;
  assignmentId: number;
}): SubmissionWebhook {
  const { document } = options;
  const exported = exportLabelStudioTask(document);
  const annotation = exported.annotations.find((entry) => entry.completed_by?.email === options.annotator);
  return {
    action: "ANNOTATION_CREATED",
    project: { id: modelServerProjectId(options.projectId), label_config: options.labelConfig },
    task: { id: exported.id, data: exported.data },
    annotation: { id: options.assignmentId, task: document.id, completed_by: { email: options.annotator }, result: annotation?.result ?? [] },
  };
}
