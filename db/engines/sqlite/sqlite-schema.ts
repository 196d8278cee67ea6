// SQLite's tables, derived from the one schema description (db/postgres-schema.ts), under the
// same names: what the SQLite engine queries and what drizzle-kit's SQLite migrations describe.
import * as description from "../../postgres-schema";
import { deriveSqliteTables, type SqliteTableOf } from "./derive-sqlite-tables";

const tables = deriveSqliteTables(description);

function table(name: keyof typeof description): SqliteTableOf {
  const derived = tables[name];
  if (!derived) throw new Error(`no derived SQLite table for ${name}`);
  return derived;
}

export const users = table("users");
export const apiTokens = table("apiTokens");
export const loginFailures = table("loginFailures");
export const idempotentAnswers = table("idempotentAnswers");
export const projects = table("projects");
export const memberships = table("memberships");
export const entityTypes = table("entityTypes");
export const stanceLabels = table("stanceLabels");
export const relationTypes = table("relationTypes");
export const claims = table("claims");
export const catalogEntities = table("catalogEntities");
export const entityAliases = table("entityAliases");
export const documents = table("documents");
export const documentSources = table("documentSources");
export const assignments = table("assignments");
export const documentReviews = table("documentReviews");
export const annotations = table("annotations");
export const relations = table("relations");
export const documentLabels = table("documentLabels");
export const comments = table("comments");
export const events = table("events");
export const modelServers = table("modelServers");
export const documentPredictions = table("documentPredictions");
export const annotationPredictions = table("annotationPredictions");
export const recommenderSettings = table("recommenderSettings");
export const recommenderModels = table("recommenderModels");
export const suggestionDecisions = table("suggestionDecisions");
export const documentUncertainty = table("documentUncertainty");
