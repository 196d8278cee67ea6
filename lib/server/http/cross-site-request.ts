import "server-only";
import { bearerTokenOf } from "@/lib/server/auth/bearer-token";
import { env } from "@/lib/server/env";
import { AppError } from "@/lib/server/errors";

const readMethods = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * 403 for a write that authenticates with the session cookie but comes from a page of another
 * origin. The cookie is SameSite=Lax, which keeps other sites' requests cookie-less but not those
 * of sibling origins (another port or subdomain of the same site); and a multipart form or a POST
 * without a body needs no CORS preflight. Browsers send `Origin` with every such request; requests
 * without it are not a browser's on another page's behalf. Bearer tokens are never sent by a
 * browser on its own, so those requests are not checked.
 */
export function requireSameOriginWrite(request: Request): void {
  if (readMethods.has(request.method.toUpperCase())) return;
  if (bearerTokenOf(request.headers) !== null) return;
  const origin = request.headers.get("origin");
  const crossSite = request.headers.get("sec-fetch-site") === "cross-site";
  if (crossSite || (origin !== null && !isAppOrigin(origin, request.headers))) {
    throw new AppError(
      "forbidden",
      "Cross-site requests may not change data: use Claimdesk's own pages, or send an API token",
    );
  }
}

/**
 * The origin the request was addressed to (its host, or the one a proxy forwards), or the public
 * URL the app is configured with. The scheme is not compared: a proxy may end TLS before the app.
 */
function isAppOrigin(origin: string, headers: Headers): boolean {
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    // "null": a sandboxed frame, a file, or a redirect across origins.
    return false;
  }
  const hosts = [headers.get("x-forwarded-host")?.split(",")[0], headers.get("host")]
    .map((host) => host?.trim().toLowerCase())
    .filter((host) => host);
  if (hosts.includes(url.host)) return true;
  const { NEXTAUTH_URL, PORT } = env();
  return url.origin === new URL(NEXTAUTH_URL ?? `http://localhost:${PORT}`).origin;
}
