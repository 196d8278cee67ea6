import type { Db } from "@/db/client";
import { firstRow } from "@/db/first-row";
import { entityTypes } from "@/db/schema";
import { insertTestDocument, insertTestMember, setUpAnnotationProject } from "@/lib/server/annotations/annotation-test-fixtures";
import { updateRecommenderSettings } from "./update-recommender-settings";
import { scheduleRecommenderRebuild } from "./schedule-recommender-rebuild";

export const firstText = "Rosatom und Präsident Tokajew: Kasachstan unterstützt die Sanktionen.";
export const secondText = "ROSATOM baut, sagt Tokajew. Kasachstan unterstützt weiterhin die Sanktionen. Rosatomu nie.";

/** An annotation project with an ORG type besides PER, two documents and every recommender on. */
export async function setUpRecommenderProject(db: Db) {
  const project = await setUpAnnotationProject(db);
  const manager = await insertTestMember(db, project.projectId, "manager");
  const organisation = firstRow(
    await db.insert(entityTypes).values({ projectId: project.projectId, key: "ORG", name: "Organisation", color: "#16a34a" }).returning(),
    "entity type",
  );
  await updateRecommenderSettings({
    caller: manager,
    projectId: project.projectId,
    changes: [
      { recommender: "string-matching", layer: "entity", enabled: true },
      { recommender: "string-matching", layer: "claim", enabled: true },
      { recommender: "claim-matching", layer: "claim", enabled: true },
      { recommender: "stance-prior", layer: "claim", enabled: true },
    ],
  });
  await scheduleRecommenderRebuild(project.projectId);
  return {
    ...project,
    manager,
    organisationTypeId: organisation.id,
    firstId: await insertTestDocument(db, project.projectId, firstText, "First"),
    secondId: await insertTestDocument(db, project.projectId, secondText, "Second"),
  };
}
