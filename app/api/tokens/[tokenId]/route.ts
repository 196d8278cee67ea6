import { apiHandler, parseId } from "@/lib/server/http/api-handler";
import { revokeApiToken } from "@/lib/server/tokens/revoke-api-token";

type Params = { tokenId: string };

export const DELETE = apiHandler<Params>(async ({ caller, params }) => {
  await revokeApiToken({ caller, tokenId: parseId(params.tokenId, "API token") });
});
