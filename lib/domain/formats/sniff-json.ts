import { CLAIMDESK_JSONL_FORMAT } from "@/lib/domain/export/claimdesk-jsonl";

type JsonObject = Record<string, unknown>;

const isObject = (value: unknown): value is JsonObject => typeof value === "object" && value !== null && !Array.isArray(value);

/** The values of a JSON text (an array's items, or the one value); none when it is not JSON. */
export function sniffJsonValues(content: string): unknown[] {
  try {
    const value: unknown = JSON.parse(content.replace(/^\uFEFF/, ""));
    return Array.isArray(value) ? value : [value];
  } catch {
    return [];
  }
}

/** A line of Claimdesk's JSONL export says so itself. */
export function looksLikeClaimdeskLine(value: unknown): boolean {
  return isObject(value) && value.format === CLAIMDESK_JSONL_FORMAT;
}

/** Label Studio tasks keep their text under `data`. */
export function looksLikeLabelStudioTask(value: unknown): boolean {
  return isObject(value) && isObject(value.data);
}

/**
 * doccano sequence labelling: a text (under doccano's default column names) with `entities`, or
 * `label` holding `[start, end, "LABEL"]` triples. A `label` of plain strings is text
 * classification, which the plain import keeps as metadata.
 */
export function looksLikeDoccanoRecord(value: unknown): boolean {
  if (!isObject(value) || !["text", "data", "column_data"].some((key) => typeof value[key] === "string")) return false;
  if (Array.isArray(value.entities)) return true;
  const labels = ["label", "labels", "column_label"].map((key) => value[key]).find((field) => field !== undefined);
  return Array.isArray(labels) && labels.every(Array.isArray);
}
