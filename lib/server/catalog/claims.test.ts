import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { annotations, documents } from "@/db/schema";
import { addMember } from "@/lib/server/members/add-member";
import { createProject } from "@/lib/server/projects/create-project";
import { updateProject } from "@/lib/server/projects/update-project";
import { insertTestUser, useTestDatabase } from "@/lib/server/testing/test-database";
import { countProjectContents } from "@/lib/server/projects/count-project-contents";
import { createClaim } from "./create-claim";
import { deleteClaim } from "./delete-claim";
import { listClaims } from "./list-claims";
import { updateClaim } from "./update-claim";

let db: Db;
beforeAll(() => {
  db = useTestDatabase();
});

function setUp() {
  const admin = insertTestUser(db, { isAdmin: true });
  const projectId = createProject({ caller: admin, name: "Claims" }).id;
  const annotator = insertTestUser(db);
  addMember({ caller: admin, projectId, email: annotator.email, roles: ["annotator"] });
  return { admin, annotator, projectId };
}

describe("claim catalog", () => {
  it("lets managers add approved claims, and lists and searches them case-insensitively", () => {
    const { admin, annotator, projectId } = setUp();
    const claim = createClaim({ caller: admin, projectId, statement: " Kazakhstan  supports the sanctions ", description: "" });
    expect(claim).toMatchObject({ statement: "Kazakhstan supports the sanctions", status: "approved", proposedBy: null, usage: 0 });
    createClaim({ caller: admin, projectId, statement: "Sanctions hurt Russia", description: "Economic effect" });
    expect(listClaims({ caller: annotator, projectId, query: "KAZAKH" }).map((c) => c.id)).toEqual([claim.id]);
    expect(listClaims({ caller: annotator, projectId, query: "economic" })).toHaveLength(1);
    expect(() => createClaim({ caller: admin, projectId, statement: "kazakhstan supports the sanctions" })).toThrowError(
      expect.objectContaining({ code: "conflict" }),
    );
  });

  it("takes proposals from annotators only when the project allows them, and managers approve them", () => {
    const { admin, annotator, projectId } = setUp();
    const proposed = createClaim({ caller: annotator, projectId, statement: "Tokayev backs Moscow" });
    expect(proposed).toMatchObject({ status: "proposed", proposedBy: { id: annotator.id, name: annotator.name } });
    expect(listClaims({ caller: admin, projectId, status: "proposed" }).map((c) => c.id)).toEqual([proposed.id]);
    expect(() =>
      updateClaim({ caller: annotator, projectId, claimId: proposed.id, patch: { status: "approved" } }),
    ).toThrowError(expect.objectContaining({ code: "forbidden" }));
    expect(updateClaim({ caller: admin, projectId, claimId: proposed.id, patch: { status: "approved" } }).status).toBe(
      "approved",
    );

    updateProject({ caller: admin, projectId, patch: { settings: { allowProposedClaims: false } } });
    expect(() => createClaim({ caller: annotator, projectId, statement: "Another one" })).toThrowError(
      expect.objectContaining({ code: "forbidden" }),
    );
  });

  it("deletes unused claims only, and hides claims of other projects", () => {
    const { admin, projectId } = setUp();
    const used = createClaim({ caller: admin, projectId, statement: "Used claim" });
    const unused = createClaim({ caller: admin, projectId, statement: "Unused claim" });
    const document = db
      .insert(documents)
      .values({ projectId, title: "t", text: "Used", chars: 4, language: "en", metadata: {}, contentHash: "h-claims" })
      .returning()
      .get();
    db.insert(annotations)
      .values({ projectId, documentId: document.id, authorId: admin.id, set: "annotator", layer: "claim", start: 0, end: 4, quote: "Used", claimId: used.id, stance: "favor" })
      .run();
    expect(listClaims({ caller: admin, projectId }).find((c) => c.id === used.id)?.usage).toBe(1);
    expect(() => deleteClaim({ caller: admin, projectId, claimId: used.id })).toThrowError(
      expect.objectContaining({ code: "conflict", message: expect.stringContaining("used by 1 annotation") }),
    );
    deleteClaim({ caller: admin, projectId, claimId: unused.id });
    expect(listClaims({ caller: admin, projectId }).map((c) => c.id)).toEqual([used.id]);

    const other = setUp();
    expect(() => deleteClaim({ caller: other.admin, projectId: other.projectId, claimId: used.id })).toThrowError(
      "Claim not found",
    );
  });

  it("hides the catalog from non-members", () => {
    const { projectId } = setUp();
    const outsider = insertTestUser(db);
    expect(() => listClaims({ caller: outsider, projectId })).toThrowError(expect.objectContaining({ code: "not_found" }));
    expect(() => createClaim({ caller: outsider, projectId, statement: "x" })).toThrowError(
      expect.objectContaining({ code: "not_found" }),
    );
  });

  it("counts a project's contents for the overview of any member", () => {
    const { admin, annotator, projectId } = setUp();
    createClaim({ caller: admin, projectId, statement: "Approved one" });
    createClaim({ caller: annotator, projectId, statement: "Proposed one" });
    expect(countProjectContents({ caller: annotator, projectId })).toEqual({
      documents: 0,
      members: 2,
      claims: 2,
      proposedClaims: 1,
      entities: 0,
    });
  });
});
