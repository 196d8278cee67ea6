import { z } from "zod";
import { describeZodError } from "@/lib/domain/import/describe-zod-error";
import { buildOffsetIndex } from "@/lib/domain/text/code-points";
import { offsetConverter, type OffsetUnit } from "./offset-units";
import { parseJsonContent, parseJsonLines } from "./parse-json-content";
import { collectLabels, FormatError, readWith, type ImportedDocument, type ReadResult } from "./read-result";
import type { SpanPosition } from "./span-check";

const tripleSchema = z.tuple([z.number(), z.number(), z.string()]);
const entitySchema = z.looseObject({
  id: z.union([z.number(), z.string()]).optional(),
  start_offset: z.number(),
  end_offset: z.number(),
  label: z.string(),
});
const recordSchema = z.looseObject({
  id: z.union([z.number(), z.string()]).optional(),
  entities: z.array(entitySchema).optional(),
  relations: z
    .array(z.looseObject({ from_id: z.union([z.number(), z.string()]), to_id: z.union([z.number(), z.string()]), type: z.string() }))
    .optional(),
});

/** doccano lets the importer name its columns; these are its defaults and the names in its examples. */
const TEXT_KEYS = ["text", "data", "column_data"] as const;
const LABEL_KEYS = ["label", "labels", "column_label"] as const;

/**
 * doccano sequence-labelling exports: JSONL with `label: [[start, end, "L"]]`, or relation
 * extraction's `entities: [{id, start_offset, end_offset, label}]` with `relations`; a file
 * holding one (pretty-printed) JSON object or an array of them is read too. doccano counts
 * offsets in UTF-16 units (grapheme clusters when its project says so): `unit` says which.
 */
export function readDoccano(content: string, fileName = "doccano.jsonl", unit: OffsetUnit = "utf-16"): ReadResult {
  return readWith(() => {
    const records = readRecords(content, fileName);
    const documents = records.map(({ value, line }) => readRecord(value, unit, line === undefined ? { document: fileName } : { document: fileName, line }));
    return { documents, labels: collectLabels([], documents) };
  });
}

function readRecords(content: string, fileName: string): { value: unknown; line?: number }[] {
  let whole: unknown;
  try {
    whole = parseJsonContent(content, fileName);
  } catch {
    return parseJsonLines(content, fileName);
  }
  return (Array.isArray(whole) ? whole : [whole]).map((value) => ({ value }));
}

function readRecord(value: unknown, unit: OffsetUnit, where: SpanPosition): ImportedDocument {
  const parsed = recordSchema.safeParse(value);
  if (!parsed.success) throw new FormatError({ code: "invalid_document", message: describeZodError(parsed.error), ...where });
  const record = parsed.data;
  const text = TEXT_KEYS.map((key) => record[key]).find((field) => typeof field === "string");
  if (typeof text !== "string") {
    throw new FormatError({ code: "missing_text", message: `no "text" field in this record`, ...where });
  }
  const entities = record.entities ?? labelTriples(record, where);
  const offsets = offsetConverter(text, unit);
  const index = buildOffsetIndex(text);
  const spans = entities.map((entity) => {
    let start: number;
    let end: number;
    try {
      start = offsets.toCodePoint(entity.start_offset);
      end = offsets.toCodePoint(entity.end_offset);
    } catch (error) {
      const reason = error instanceof RangeError ? error.message : "bad offset";
      throw new FormatError({ code: "offset_out_of_range", message: `entity [${entity.start_offset}, ${entity.end_offset}): ${reason}`, ...where });
    }
    if (start >= end) {
      throw new FormatError({ code: "offset_out_of_range", message: `entity [${entity.start_offset}, ${entity.end_offset}) is empty`, ...where });
    }
    return { start, end, label: entity.label, quote: index.slice(start, end), ...(entity.id === undefined ? {} : { sourceId: String(entity.id) }) };
  });
  const byId = new Map(entities.flatMap((entity, position) => (entity.id === undefined ? [] : [[String(entity.id), position] as const])));
  const relations = (record.relations ?? []).map((relation) => {
    const from = byId.get(String(relation.from_id));
    const to = byId.get(String(relation.to_id));
    if (from === undefined || to === undefined) {
      throw new FormatError({ code: "unknown_reference", message: `relation ${relation.from_id} → ${relation.to_id} names an entity id not in this record`, ...where });
    }
    return { type: relation.type, from, to };
  });
  const meta = record.meta;
  const metadata = typeof meta === "object" && meta !== null && !Array.isArray(meta) ? { metadata: meta as Record<string, unknown> } : {};
  return { ...(record.id === undefined ? {} : { externalId: String(record.id) }), text, spans, relations, ...metadata };
}

function labelTriples(record: Record<string, unknown>, where: SpanPosition): z.infer<typeof entitySchema>[] {
  const field = LABEL_KEYS.map((key) => record[key]).find((candidate) => candidate !== undefined) ?? [];
  const triples = z.array(tripleSchema).safeParse(field);
  if (!triples.success) {
    throw new FormatError({
      code: "invalid_document",
      message: `"label" must be a list of [start, end, "LABEL"] spans (a list of plain labels is text classification, not spans)`,
      ...where,
    });
  }
  return triples.data.map(([start, end, label]) => ({ start_offset: start, end_offset: end, label }));
}
