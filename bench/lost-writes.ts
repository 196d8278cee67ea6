// After a load bench: every write a server acknowledged must be in the database as acknowledged.
import { inArray } from "drizzle-orm";
import { getDb } from "@/db/client";
import { annotations, documentLabels } from "@/db/schema";
import type { Acknowledged, AnnotatorSession } from "./annotator-session";
import type { BenchRow } from "./bench-row";

interface Stored {
  version: number;
  value: string;
  deleted: boolean;
}

function holds(want: Acknowledged, row: Stored | undefined): boolean {
  if (!row) return false;
  // A write without a clear answer may have landed: the row is at least as new as the last acknowledged.
  if (want.uncertain) return row.version >= want.version;
  return row.version === want.version && row.value === want.value && row.deleted === want.deleted;
}

async function countLost(
  expected: Map<number, Acknowledged>,
  read: (ids: number[]) => Promise<Map<number, Stored>>,
  what: string,
): Promise<number> {
  const ids = [...expected.keys()];
  let lost = 0;
  for (let start = 0; start < ids.length; start += 1000) {
    const batch = ids.slice(start, start + 1000);
    const found = await read(batch);
    for (const id of batch) {
      const want = expected.get(id);
      if (want && holds(want, found.get(id))) continue;
      lost += 1;
      console.error(`${what} ${id}: acknowledged ${JSON.stringify(want)}, stored ${JSON.stringify(found.get(id) ?? null)}`);
    }
  }
  return lost;
}

const readSpans = async (ids: number[]) => {
  const rows = await getDb()
    .select({ id: annotations.id, version: annotations.version, note: annotations.note, deletedAt: annotations.deletedAt })
    .from(annotations)
    .where(inArray(annotations.id, ids));
  return new Map(rows.map((row) => [row.id, { version: row.version, value: row.note, deleted: row.deletedAt !== null }]));
};

/** Document stances by document (each bench annotator owns its documents and takes one claim). */
const readStances = async (documentIds: number[]) => {
  const rows = await getDb()
    .select({ documentId: documentLabels.documentId, version: documentLabels.version, stance: documentLabels.stance })
    .from(documentLabels)
    .where(inArray(documentLabels.documentId, documentIds));
  return new Map(rows.map((row) => [row.documentId, { version: row.version, value: row.stance, deleted: false }]));
};

/** Rows saying how many acknowledged writes were checked and how many were missing or wrong. */
export async function checkAcknowledgedWrites(sessions: AnnotatorSession[]): Promise<BenchRow[]> {
  const spans = new Map(sessions.flatMap((session) => [...session.spans]));
  const labels = new Map(sessions.flatMap((session) => [...session.labels]));
  const lost = (await countLost(spans, readSpans, "span")) + (await countLost(labels, readStances, "document stance"));
  const acknowledged = sessions.reduce((sum, session) => sum + session.acknowledgedWrites, 0);
  const rows = `${spans.size.toLocaleString("en")} spans and ${labels.size.toLocaleString("en")} stances`;
  return [
    { name: "acknowledged writes checked in the database", figure: acknowledged, unit: `writes on ${rows}`, budget: "—" },
    { name: "acknowledged writes missing or wrong", figure: lost, unit: "spans or stances", budget: "0" },
  ];
}
