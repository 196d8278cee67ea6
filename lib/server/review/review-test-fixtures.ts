import type { Db } from "@/db/client";
import { insertTestDocument, insertTestMember, setUpAnnotationProject } from "@/lib/server/annotations/annotation-test-fixtures";
import { createSpan } from "@/lib/server/annotations/create-span";
import { submitDocument } from "@/lib/server/annotations/submit-document";

/** The German sentence the review tests work on, and spans of it. */
export const disputedText = "Präsident Tokajew sagte: Kasachstan unterstützt die Sanktionen. Astana schweigt.";
export const tokajew = { layer: "entity" as const, start: 10, end: 17, quote: "Tokajew" };
export const astana = { layer: "entity" as const, start: 64, end: 70, quote: "Astana" };
export const claimSpan = { layer: "claim" as const, start: 25, end: 63, quote: "Kasachstan unterstützt die Sanktionen." };

/**
 * Alice and Bob agree on Tokajew and disagree on the claim's stance; only Alice marks Astana. Both
 * submit unless `submit` is false; a reviewer joins the project.
 */
export async function setUpDisputedDocument(db: Db, settings: Parameters<typeof setUpAnnotationProject>[1] = {}, submit = true) {
  const project = await setUpAnnotationProject(db, settings);
  const { alice, bob, personTypeId, claimId, tokayevId, projectId } = project;
  const documentId = await insertTestDocument(db, projectId, disputedText);
  const reviewer = await insertTestMember(db, projectId, "reviewer");
  const person = { entityTypeId: personTypeId, entityId: tokayevId };
  const spans = {
    aliceTokajew: await createSpan({ caller: alice, documentId, span: { ...tokajew, ...person } }),
    bobTokajew: await createSpan({ caller: bob, documentId, span: { ...tokajew, ...person } }),
    aliceClaim: await createSpan({ caller: alice, documentId, span: { ...claimSpan, claimId, stance: "favor" } }),
    bobClaim: await createSpan({ caller: bob, documentId, span: { ...claimSpan, claimId, stance: "against" } }),
    aliceAstana: await createSpan({ caller: alice, documentId, span: { ...astana, entityTypeId: personTypeId } }),
  };
  if (submit) {
    await submitDocument({ caller: alice, documentId });
    await submitDocument({ caller: bob, documentId });
  }
  return { ...project, documentId, reviewer, spans };
}
