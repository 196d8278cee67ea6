import "server-only";

/**
 * The API token of an `Authorization: Bearer …` header, or null when there is none: the request
 * then authenticates with its session cookie.
 */
export function bearerTokenOf(headers: Headers): string | null {
  const authorization = headers.get("authorization");
  return authorization?.toLowerCase().startsWith("bearer ") ? authorization.slice(7).trim() : null;
}
