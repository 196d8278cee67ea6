import { bearerTokenOf } from "@/lib/server/auth/bearer-token";
import { apiHandler, parseJsonBody } from "@/lib/server/http/api-handler";
import { createApiToken } from "@/lib/server/tokens/create-api-token";
import { listApiTokens } from "@/lib/server/tokens/list-api-tokens";
import { createTokenBody } from "./tokens.types";

export const GET = apiHandler(async ({ caller }) => ({ items: await listApiTokens({ caller }) }));

export const POST = apiHandler(
  async ({ request, caller }) => {
    // getCaller prefers the Bearer header, so its presence says how this caller authenticated.
    const bearer = bearerTokenOf(request.headers) !== null;
    const { name } = await parseJsonBody(request, createTokenBody);
    return createApiToken({ caller, authenticatedWith: bearer ? "token" : "session", name });
  },
  { status: 201 },
);
