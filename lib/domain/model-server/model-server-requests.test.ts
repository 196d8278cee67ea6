import { describe, expect, it } from "vitest";
import { labelStudioConfig } from "@/lib/domain/export/labelstudio-config";
import { buildPredictRequest, buildSetupRequest, buildSubmissionWebhook } from "./model-server-requests";

const document = {
  id: 7,
  title: "Tokajew",
  text: "🇰🇿 Präsident Tokajew sagte: Kasachstan unterstützt die Sanktionen.",
  language: "de",
  publishedAt: "2022-10",
  sourceUrl: null,
  externalId: "a-1",
  metadata: {},
};
const schema = {
  entityTypes: [{ key: "PER", name: "Person", color: "#2563eb" }],
  stanceLabels: [{ key: "favor", name: "Favor", color: "#16a34a" }],
  relationTypes: [],
};

describe("model server requests", () => {
  it("sends documents as the Label Studio export's tasks, with the export's label config", () => {
    const labelConfig = labelStudioConfig(schema);
    expect(labelConfig).toContain('<Label value="PER"');
    expect(buildPredictRequest({ projectId: 3, labelConfig, documents: [document] })).toEqual({
      tasks: [
        {
          id: 7,
          data: { text: document.text, title: "Tokajew", language: "de", publishedAt: "2022-10", sourceUrl: null, externalId: "a-1" },
        },
      ],
      project: "3",
      label_config: labelConfig,
      params: { context: null },
    });
    expect(buildSetupRequest({ projectId: 3, labelConfig, hostname: "http://claims.example.org", modelVersion: null })).toEqual({
      project: "3",
      schema: labelConfig,
      hostname: "http://claims.example.org",
      access_token: "",
      model_version: null,
      extra_params: {},
    });
  });

  it("posts a submitted set as an ANNOTATION_CREATED event with code-point offsets", () => {
    const span = {
      id: 40, set: "annotator" as const, annotator: "alice@example.com", layer: "entity" as const, start: 13, end: 20, quote: "Tokajew",
      entityType: "PER", entity: null, claim: null, stance: null, claimant: null, claimantMentionId: null, note: "", sourceAnnotationIds: null,
    };
    const webhook = buildSubmissionWebhook({
      projectId: 3,
      labelConfig: "<View/>",
      document: { ...document, spans: [span], relations: [], documentLabels: [] },
      annotator: "alice@example.com",
      assignmentId: 90,
    });
    expect(webhook).toMatchObject({
      action: "ANNOTATION_CREATED",
      project: { id: "3", label_config: "<View/>" },
      task: { id: 7, data: { text: document.text } },
      annotation: {
        id: 90,
        task: 7,
        completed_by: { email: "alice@example.com" },
        result: [{ from_name: "label", to_name: "text", type: "labels", value: { start: 13, end: 20, text: "Tokajew", labels: ["PER"] } }],
      },
    });
  });
});
