/**
 * One line saying why the PostgreSQL server that `url` names could not be used: unreachable, a
 * refused user or password, a missing database. Null for any other error, which then speaks for
 * itself. The line names host and port (never the password), so that start-up can stop with it
 * instead of a stack trace.
 */
export function describeConnectionError(error: unknown, url: string): string | null {
  const { where, user, database } = connectionTarget(url);
  for (const cause of causesOf(error)) {
    switch (cause.code) {
      case "ECONNREFUSED":
        return `Cannot reach PostgreSQL at ${where}: connection refused`;
      case "ENOTFOUND":
      case "EAI_AGAIN":
        return `Cannot reach PostgreSQL at ${where}: unknown host`;
      case "ETIMEDOUT":
      case "EHOSTUNREACH":
      case "ENETUNREACH":
        return `Cannot reach PostgreSQL at ${where}: connection timed out`;
      case "28P01":
        return `PostgreSQL at ${where} refused the password of user "${user}" (${cause.message})`;
      case "28000":
        return `PostgreSQL at ${where} refused user "${user}" (${cause.message})`;
      case "3D000":
        return `PostgreSQL at ${where} has no database "${database}"; create it first`;
    }
    // node-postgres ends a connection attempt that outlives its timeout without an error code.
    if (/^(Connection terminated unexpectedly|timeout expired|timeout exceeded when trying to connect)$/.test(cause.message)) {
      return `Cannot reach PostgreSQL at ${where}: connection timed out or closed before the server answered`;
    }
    if (/client password must be a string/.test(cause.message)) {
      return `PostgreSQL at ${where} asks user "${user}" for a password; put it in the URL (postgres://user:password@host/database)`;
    }
  }
  return null;
}

/** Runs `work` (which connects to `url`), turning a connection failure into an error of one line. */
export async function describingConnectionErrors<T>(url: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    const described = describeConnectionError(error, url);
    if (described === null) throw error;
    throw new Error(described, { cause: error });
  }
}

function connectionTarget(url: string): { where: string; user: string; database: string } {
  try {
    const parsed = new URL(url);
    return {
      where: `${parsed.hostname || "localhost"}:${parsed.port || "5432"}`,
      user: decodeURIComponent(parsed.username) || (process.env.PGUSER ?? process.env.USER ?? ""),
      database: decodeURIComponent(parsed.pathname.slice(1)),
    };
  } catch {
    return { where: "the configured address", user: "", database: "" };
  }
}

interface CodedError {
  code?: string;
  message: string;
}

/** The error, its causes, and the attempts of an AggregateError (one per address of a host name). */
function* causesOf(error: unknown): Generator<CodedError> {
  const seen = new Set<unknown>();
  const queue = [error];
  while (queue.length > 0) {
    const next = queue.shift();
    if (!(next instanceof Error) || seen.has(next)) continue;
    seen.add(next);
    const code = "code" in next && typeof next.code === "string" ? next.code : undefined;
    yield { code, message: next.message };
    queue.push(next.cause);
    if (next instanceof AggregateError) queue.push(...(next.errors as unknown[]));
  }
}
