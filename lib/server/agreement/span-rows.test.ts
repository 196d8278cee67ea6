import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { groupFrom, type SpanGroups } from "@/lib/domain/agreement/span-groups";
import { useTestDatabase } from "@/lib/server/testing/test-database";
import { type SpanRow, newLabelNames, spanRowsQuery, toDocumentWork } from "./span-rows";

let db: Db;
beforeAll(() => {
  db = useTestDatabase();
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

/** A span row from its spans as [id, author, start, end, label code, stance]. */
const rowOf = (spans: [number, number, number, number, number, string | null][]): SpanRow => {
  const column = (index: number) => JSON.stringify(spans.map((span) => span[index]));
  return [1, column(0), column(1), column(2), column(3), column(4), column(5)];
};

describe("span rows", () => {
  it("are read from the covering index alone, in its order", () => {
    const { sql, params } = spanRowsQuery(db, 1).toSQL();
    const plan = db.$client.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[];
    expect(plan.map((step) => step.detail)).toEqual(["SEARCH annotations USING COVERING INDEX annotations_project_document_idx (project_id=?)"]);
  });

  it("group the same whether they come in index order or not, leaving out spans of no submitted set", () => {
    // Claims (label codes −2, −3: claims 1 and 2) sort before entities (type 7); authors 10 and 20
    // submitted, author 15 did not.
    const indexOrder: [number, number, number, number, number, string | null][] = [
      [5, 10, 0, 4, -2, "favor"],
      [3, 20, 0, 4, -2, "against"],
      [4, 10, 6, 9, -3, "favor"],
      [1, 10, 2, 3, 7, null],
      [2, 10, 5, 8, 7, null],
      [6, 20, 2, 3, 7, null],
    ];
    const names = newLabelNames(new Map([[7, "PER"]]));
    const viewed = toDocumentWork(rowOf(indexOrder), [10, 20], names);
    expect(viewed.claims.starts).toEqual([0, 0, 6, 2, 5, 2]); // A view into the row's own columns.

    const shuffled = [indexOrder[3]!, indexOrder[1]!, [7, 15, 1, 2, 7, null] as (typeof indexOrder)[number], indexOrder[5]!, indexOrder[2]!, indexOrder[4]!, indexOrder[0]!];
    const copied = toDocumentWork(rowOf(shuffled), [10, 20], names);
    for (const work of [viewed, copied]) {
      expect(read(work.claims)).toEqual({ "1": [[[0, 4]], [[0, 4]]], "2": [[[6, 9]], []] });
      expect(read(work.entities)).toEqual({ PER: [[[2, 3], [5, 8]], [[2, 3]]] });
      const { coders, ids, stances, from, to } = work.claimStances;
      const claims = Array.from({ length: to - from }, (_, k) => [coders[from + k], ids[from + k], stances[from + k]]);
      expect(claims.sort((a, b) => Number(a[1]) - Number(b[1]))).toEqual([[1, 3, "against"], [0, 4, "favor"], [0, 5, "favor"]]);
    }
  });

  it("name unlinked claims and untyped entities", () => {
    const work = toDocumentWork(rowOf([[1, 10, 0, 4, -1, null], [2, 10, 5, 6, 0, null]]), [10, 20], newLabelNames(new Map()));
    expect(work.claims.labels).toEqual(["unlinked"]);
    expect(work.entities.labels).toEqual(["untyped"]);
  });
});
