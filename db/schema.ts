// The whole schema, for the drizzle client and drizzle-kit.
export * from "./schema/users";
export * from "./schema/projects";
export * from "./schema/label-schema";
export * from "./schema/catalog";
export * from "./schema/documents";
export * from "./schema/annotations";
export * from "./schema/events";
