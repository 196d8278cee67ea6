import NextAuth from "next-auth";
import type { NextRequest } from "next/server";
import { authOptions } from "@/lib/server/auth/auth-options";
import { clientIpFromHeaders } from "@/lib/server/auth/client-ip";
import { loginLimitKeys, loginRetryAfter } from "@/lib/server/auth/login-rate-limit";

type Context = { params: Promise<{ nextauth: string[] }> };

function handle(request: NextRequest, context: Context) {
  return NextAuth(authOptions())(request, context);
}

/** Sign-in attempts over the limit get a 429 before next-auth sees them. */
async function post(request: NextRequest, context: Context) {
  const { nextauth } = await context.params;
  if (nextauth.join("/") === "callback/credentials") {
    const form = await request.clone().formData().catch(() => null);
    const email = form?.get("email");
    const keys = loginLimitKeys(typeof email === "string" ? email : "", clientIpFromHeaders(request.headers));
    const retryAfter = await loginRetryAfter(keys);
    if (retryAfter !== null) {
      const message = `Too many failed sign-ins. Try again in ${Math.ceil(retryAfter / 60)} minutes.`;
      const url = new URL("/signin?error=RateLimited", request.nextUrl.origin).toString();
      return Response.json(
        { url, error: { code: "rate_limited", message } },
        { status: 429, headers: { "Retry-After": String(retryAfter) } },
      );
    }
  }
  return handle(request, context);
}

export { handle as GET, post as POST };
