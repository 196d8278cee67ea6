import { CLAIM_LABEL, UNTYPED_ENTITY_LABEL, type ExportLabelSchema } from "./dataset-model";
import { LABEL_STUDIO_CLAIMANT_RELATION } from "./labelstudio";
import { escapeXml } from "./xml-escape";

/**
 * The Label Studio labeling config matching `exportLabelStudioTask`: span labels named
 * "label", per-region stance choices named "stance", relations. `white-space: pre-wrap` keeps
 * every space on screen, as Label Studio counts them all in offsets.
 */
export function labelStudioConfig(schema: ExportLabelSchema): string {
  const labels = [
    ...schema.entityTypes.map((type) => ({ value: type.key, hint: type.name, color: type.color })),
    { value: UNTYPED_ENTITY_LABEL, hint: "Entity without a type", color: "#94a3b8" },
    { value: CLAIM_LABEL, hint: "Claim", color: "#fde68a" },
  ];
  const relationLabels = [...schema.relationTypes.map((type) => type.key), LABEL_STUDIO_CLAIMANT_RELATION];
  return [
    "<View>",
    "  <Style>.htx-text { white-space: pre-wrap; }</Style>",
    '  <Labels name="label" toName="text">',
    ...labels.map(
      (label) => `    <Label value="${escapeXml(label.value)}" hint="${escapeXml(label.hint)}" background="${escapeXml(label.color)}"/>`,
    ),
    "  </Labels>",
    '  <Text name="text" value="$text"/>',
    '  <Choices name="stance" toName="text" perRegion="true">',
    ...schema.stanceLabels.map((stance) => `    <Choice value="${escapeXml(stance.key)}" hint="${escapeXml(stance.name)}"/>`),
    "  </Choices>",
    "  <Relations>",
    ...relationLabels.map((label) => `    <Relation value="${escapeXml(label)}"/>`),
    "  </Relations>",
    "</View>",
    "",
  ].join("\n");
}
