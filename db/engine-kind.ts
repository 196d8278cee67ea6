/** Which engine a `DATABASE_URL` names: a `postgres://` URL, or else an SQLite file path. */
export type EngineKind = "postgres" | "sqlite";

export function engineKindOf(databaseUrl: string): EngineKind {
  return /^postgres(ql)?:\/\//i.test(databaseUrl) ? "postgres" : "sqlite";
}

/** The engine of this process, fixed by `DATABASE_URL` when the process starts. */
export function processEngineKind(): EngineKind {
  return engineKindOf(process.env.DATABASE_URL ?? "");
}
