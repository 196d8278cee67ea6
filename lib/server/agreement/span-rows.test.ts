import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { firstRow } from "@/db/first-row";
import { annotations, claims, entityTypes } from "@/db/schema";
import { groupFrom, type SpanGroups } from "@/lib/domain/agreement/span-groups";
import { insertTestDocument } from "@/lib/server/annotations/annotation-test-fixtures";
import { createProject } from "@/lib/server/projects/create-project";
import { insertTestUser, useTestDatabase } from "@/lib/server/testing/test-database";
import { readAgreementSnapshot } from "./span-row-source";
import { type DocumentSpans, newLabelNames, toDocumentWork } from "./span-rows";

let db: Db;
beforeAll(async () => {
  db = await useTestDatabase();
});

/** Each (label, coder)'s spans as [start, end] pairs. */
function read(groups: SpanGroups): Record<string, [number, number][][]> {
  return Object.fromEntries(
    groups.labels.map((label, group) => [
      label,
      Array.from({ length: groups.coderCount }, (_, coder) => {
        const pairs: [number, number][] = [];
        for (let k = groupFrom(groups, group, coder); k < groupFrom(groups, group, coder + 1); k++) pairs.push([groups.starts[k]!, groups.ends[k]!]);
        return pairs;
      }),
    ]),
  );
}

type SpanTuple = [id: number, author: number, start: number, end: number, label: number, stance: string | null];

/** A document's spans from tuples of [id, author, start, end, label code, stance]. */
const spansOf = (spans: SpanTuple[]): DocumentSpans => ({
  documentId: 1,
  ids: spans.map((span) => span[0]),
  authorIds: spans.map((span) => span[1]),
  starts: spans.map((span) => span[2]),
  ends: spans.map((span) => span[3]),
  labels: spans.map((span) => span[4]),
  stances: spans.map((span) => span[5]),
});

/** Every document's spans of the project, as the agreement pass reads them. */
const readSpans = (projectId: number) =>
  readAgreementSnapshot(async (_, readSpanRows) => {
    const documents: DocumentSpans[] = [];
    await readSpanRows(projectId, (spans) => documents.push(spans));
    return documents;
  });

describe("span rows", () => {
  it("come per document, in the covering index's order on either engine: layer, label (none first), author, position", async () => {
    const admin = await insertTestUser(db, { isAdmin: true });
    const projectId = (await createProject({ caller: admin, name: "Span rows" })).id;
    const [u1, u2] = [(await insertTestUser(db)).id, (await insertTestUser(db)).id] as const;
    const typeId = async (key: string) =>
      firstRow(await db.insert(entityTypes).values({ projectId, key, name: key, color: "#2563eb" }).returning(), "entity type").id;
    const claimId = async (statement: string) => firstRow(await db.insert(claims).values({ projectId, statement }).returning(), "claim").id;
    const [t1, t2, c1, c2] = [await typeId("PER"), await typeId("LOC"), await claimId("First"), await claimId("Second")];
    const first = await insertTestDocument(db, projectId, "x".repeat(20), "First");
    const second = await insertTestDocument(db, projectId, "y".repeat(20), "Second");
    type Input = [layer: "claim" | "entity", label: number | null, author: number, start: number, end: number, extra?: "gold" | "deleted"];
    const insert = async (documentId: number, spans: Input[]) => {
      for (const [layer, label, authorId, start, end, extra] of spans) {
        await db.insert(annotations).values({
          projectId,
          documentId,
          authorId,
          set: extra === "gold" ? "gold" : "annotator",
          layer,
          start,
          end,
          quote: "x".repeat(end - start),
          entityTypeId: layer === "entity" ? label : null,
          claimId: layer === "claim" ? label : null,
          stance: layer === "claim" ? `s${start}${end}` : null,
          deletedAt: extra === "deleted" ? new Date() : null,
        });
      }
    };
    // Inserted out of order, with spans that the pass leaves out.
    await insert(second, [["entity", t1, u1, 1, 2]]);
    await insert(first, [
      ["entity", t2, u1, 5, 8],
      ["claim", c2, u2, 0, 4],
      ["entity", null, u2, 1, 2],
      ["claim", null, u1, 3, 9],
      ["entity", t1, u2, 2, 3],
      ["claim", c1, u1, 0, 4],
      ["entity", t1, u1, 2, 3],
      ["claim", c1, u1, 0, 2],
      ["entity", t1, u1, 9, 12, "deleted"],
      ["entity", null, u1, 1, 2],
      ["claim", c1, u2, 0, 4],
      ["claim", c1, u2, 5, 6, "gold"],
    ]);

    const documents = await readSpans(projectId);
    expect(documents.map((spans) => spans.documentId)).toEqual([first, second]);
    const spans = documents[0]!;
    const rows = spans.ids.map((_, k) => [spans.labels[k], spans.authorIds[k], spans.starts[k], spans.ends[k], spans.stances[k]]);
    expect(rows).toEqual([
      [-1, u1, 3, 9, "s39"],
      [-1 - c1, u1, 0, 2, "s02"],
      [-1 - c1, u1, 0, 4, "s04"],
      [-1 - c1, u2, 0, 4, "s04"],
      [-1 - c2, u2, 0, 4, "s04"],
      [0, u1, 1, 2, null],
      [0, u2, 1, 2, null],
      [t1, u1, 2, 3, null],
      [t1, u2, 2, 3, null],
      [t2, u1, 5, 8, null],
    ]);
    const work = toDocumentWork(spans, [u1, u2], newLabelNames(new Map([[t1, "PER"], [t2, "LOC"]])));
    // The groups are views into the columns as read: nothing needed sorting.
    expect(work.claims.starts).toBe(spans.starts);
    expect(work.entities.labels).toEqual(["untyped", "PER", "LOC"]);
    expect(work.claims.labels).toEqual(["unlinked", String(c1), String(c2)]);
  });

  it("group the same whether they come in index order or not, leaving out spans of no submitted set", () => {
    // Claims (label codes −2, −3: claims 1 and 2) sort before entities (type 7); authors 10 and 20
    // submitted, author 15 did not.
    const indexOrder: SpanTuple[] = [
      [5, 10, 0, 4, -2, "favor"],
      [3, 20, 0, 4, -2, "against"],
      [4, 10, 6, 9, -3, "favor"],
      [1, 10, 2, 3, 7, null],
      [2, 10, 5, 8, 7, null],
      [6, 20, 2, 3, 7, null],
    ];
    const names = newLabelNames(new Map([[7, "PER"]]));
    const viewed = toDocumentWork(spansOf(indexOrder), [10, 20], names);
    expect(viewed.claims.starts).toEqual([0, 0, 6, 2, 5, 2]); // A view into the document's own columns.

    const shuffled = [indexOrder[3]!, indexOrder[1]!, [7, 15, 1, 2, 7, null] as SpanTuple, indexOrder[5]!, indexOrder[2]!, indexOrder[4]!, indexOrder[0]!];
    const copied = toDocumentWork(spansOf(shuffled), [10, 20], names);
    for (const work of [viewed, copied]) {
      expect(read(work.claims)).toEqual({ "1": [[[0, 4]], [[0, 4]]], "2": [[[6, 9]], []] });
      expect(read(work.entities)).toEqual({ PER: [[[2, 3], [5, 8]], [[2, 3]]] });
      const { coders, ids, stances, from, to } = work.claimStances;
      const claimRows = Array.from({ length: to - from }, (_, k) => [coders[from + k], ids[from + k], stances[from + k]]);
      expect(claimRows.sort((a, b) => Number(a[1]) - Number(b[1]))).toEqual([[1, 3, "against"], [0, 4, "favor"], [0, 5, "favor"]]);
    }
  });

  it("name unlinked claims and untyped entities", () => {
    const work = toDocumentWork(spansOf([[1, 10, 0, 4, -1, null], [2, 10, 5, 6, 0, null]]), [10, 20], newLabelNames(new Map()));
    expect(work.claims.labels).toEqual(["unlinked"]);
    expect(work.entities.labels).toEqual(["untyped"]);
  });
});
