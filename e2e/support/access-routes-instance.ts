import { instanceWide, type RouteAccess, signedIn } from "./access-route";
import { roles, unique } from "./access-world";

/** Where every caller gets the same answer: next-auth's own endpoints are there to sign in. */
const everyone = roles;

/** Instance-wide routes: projects, tokens, users and next-auth's endpoints. */
export const instanceRoutes: RouteAccess[] = [
  { route: "GET /api/projects", allow: signedIn, call: ({ api }) => api.get("/api/projects") },
  {
    route: "POST /api/projects",
    allow: ["admin"],
    refusals: instanceWide,
    call: ({ api }) => api.post("/api/projects", { data: { name: unique("Project") } }),
  },
  { route: "GET /api/tokens", allow: signedIn, call: ({ api }) => api.get("/api/tokens") },
  // A token cannot mint tokens: a leaked one must not outlive its revocation.
  {
    route: "POST /api/tokens",
    allow: signedIn,
    byToken: { allow: [], refusals: instanceWide },
    call: ({ api }) => api.post("/api/tokens", { data: { name: unique("token") } }),
  },
  {
    route: "DELETE /api/tokens/[tokenId]",
    allow: signedIn,
    call: async ({ api, role, world }) => {
      const owner = world.session[role === "anonymous" ? "annotator" : role];
      const { id } = (await (await owner.post("/api/tokens", { data: { name: unique("to revoke") } })).json()) as { id: number };
      return api.delete(`/api/tokens/${id}`);
    },
  },
  { route: "GET /api/users", allow: ["admin"], refusals: instanceWide, call: ({ api }) => api.get("/api/users") },
  {
    route: "POST /api/users",
    allow: ["admin"],
    refusals: instanceWide,
    call: ({ api }) =>
      api.post("/api/users", {
        data: { email: `${unique("user").replace(/ /g, "-")}@example.org`, name: "U", password: "access-password-2" },
      }),
  },
  { route: "GET /api/auth/[...nextauth]", allow: everyone, call: ({ api }) => api.get("/api/auth/csrf") },
  // Updating the session needs next-auth's CSRF token; without a session it answers an empty one.
  {
    route: "POST /api/auth/[...nextauth]",
    allow: everyone,
    call: async ({ api }) => {
      const { csrfToken } = (await (await api.get("/api/auth/csrf")).json()) as { csrfToken: string };
      return api.post("/api/auth/session", { data: { csrfToken } });
    },
  },
];
