// The tables that code queries, for the engine this process runs on. Both engines' tables come
// from one description (db/postgres-schema.ts) and hold the same values under the same names, so
// code is typed against the description and runs unchanged on either.
import { processEngineKind } from "./engine-kind";
import * as sqliteTables from "./engines/sqlite/sqlite-schema";
import * as description from "./postgres-schema";

export * from "./schema/enums";

type Tables = typeof description;

// The one place where SQLite's tables pass for the description's: deriveSqliteTables maps every
// column to one that reads and writes the same JavaScript values (db/engines/sqlite/derive-sqlite-tables.ts).
const tables: Tables = processEngineKind() === "postgres" ? description : (sqliteTables as unknown as Tables);

export const users = tables.users;
export const apiTokens = tables.apiTokens;
export const loginFailures = tables.loginFailures;
export const idempotentAnswers = tables.idempotentAnswers;
export const projects = tables.projects;
export const memberships = tables.memberships;
export const entityTypes = tables.entityTypes;
export const stanceLabels = tables.stanceLabels;
export const relationTypes = tables.relationTypes;
export const claims = tables.claims;
export const catalogEntities = tables.catalogEntities;
export const entityAliases = tables.entityAliases;
export const documents = tables.documents;
export const documentSources = tables.documentSources;
export const assignments = tables.assignments;
export const documentReviews = tables.documentReviews;
export const annotations = tables.annotations;
export const relations = tables.relations;
export const documentLabels = tables.documentLabels;
export const comments = tables.comments;
export const events = tables.events;
export const modelServers = tables.modelServers;
export const documentPredictions = tables.documentPredictions;
export const annotationPredictions = tables.annotationPredictions;
export const recommenderSettings = tables.recommenderSettings;
export const recommenderModels = tables.recommenderModels;
export const suggestionDecisions = tables.suggestionDecisions;
export const documentUncertainty = tables.documentUncertainty;
