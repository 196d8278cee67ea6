import { requireAdmin } from "@/lib/server/auth/caller";
import { apiHandler, parseJsonBody } from "@/lib/server/http/api-handler";
import { createUser } from "@/lib/server/users/create-user";
import { listUsers } from "@/lib/server/users/list-users";
import { createUserBody } from "./users.types";

export const GET = apiHandler(async ({ caller }) => ({ items: await listUsers({ caller }) }));

export const POST = apiHandler(
  async ({ request, caller }) => {
    // Checked before the body is read, so that non-admins learn nothing from validation errors.
    requireAdmin(caller);
    return createUser({ caller, ...(await parseJsonBody(request, createUserBody)) });
  },
  { status: 201 },
);
