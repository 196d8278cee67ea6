import { demoUsers } from "./users";
import { annotators, type CallArgs, managers, members, reviewers, type RouteAccess } from "./access-route";
import { unique } from "./access-world";
import { json } from "./review-project";

const project = (projectId: number, path = "") => `/api/projects/${projectId}${path}`;

/** The routes under /api/projects/{projectId}. */
export const projectRoutes: RouteAccess[] = [
  { route: "GET /api/projects/[projectId]", allow: members, call: ({ api, world }) => api.get(project(world.projectId)) },
  {
    route: "PATCH /api/projects/[projectId]",
    allow: managers,
    call: ({ api, world }) => api.patch(project(world.projectId), { data: { description: unique("Described") } }),
  },
  { route: "GET /api/projects/[projectId]/members", allow: managers, call: ({ api, world }) => api.get(project(world.projectId, "/members")) },
  {
    route: "POST /api/projects/[projectId]/members",
    allow: managers,
    call: ({ api, world }) => api.post(project(world.projectId, "/members"), { data: { email: demoUsers.bob, roles: ["annotator"] } }),
  },
  {
    route: "PUT /api/projects/[projectId]/members/[userId]",
    allow: managers,
    call: ({ api, world }) =>
      api.put(project(world.projectId, `/members/${world.userIds.annotator}`), { data: { roles: ["annotator"] } }),
  },
  {
    route: "DELETE /api/projects/[projectId]/members/[userId]",
    allow: managers,
    call: async ({ api, world }) => {
      const added = await world.owner.post(project(world.projectId, "/members"), { data: { email: demoUsers.bob, roles: ["annotator"] } });
      const { userId } = (await added.json()) as { userId: number };
      return api.delete(project(world.projectId, `/members/${userId}`));
    },
  },
  { route: "GET /api/projects/[projectId]/recommenders", allow: managers, call: ({ api, world }) => api.get(project(world.projectId, "/recommenders")) },
  {
    route: "PATCH /api/projects/[projectId]/recommenders",
    allow: managers,
    call: ({ api, world }) =>
      api.patch(project(world.projectId, "/recommenders"), { data: { items: [{ recommender: "stance-prior", layer: "claim", enabled: false }] } }),
  },
  {
    route: "GET /api/projects/[projectId]/recommenders/quality",
    allow: reviewers,
    call: ({ api, world }) => api.get(project(world.projectId, "/recommenders/quality")),
  },
  { route: "GET /api/projects/[projectId]/schema", allow: members, call: ({ api, world }) => api.get(project(world.projectId, "/schema")) },
  {
    route: "PUT /api/projects/[projectId]/schema",
    allow: managers,
    call: async ({ api, world }) => {
      const schema: unknown = await (await world.owner.get(project(world.projectId, "/schema"))).json();
      return api.put(project(world.projectId, "/schema"), { data: schema });
    },
  },
  { route: "GET /api/projects/[projectId]/claims", allow: members, call: ({ api, world }) => api.get(project(world.projectId, "/claims")) },
  // Members who are not managers propose claims, as the project allows by default.
  {
    route: "POST /api/projects/[projectId]/claims",
    allow: members,
    call: ({ api, world }) => api.post(project(world.projectId, "/claims"), { data: { statement: unique("Claim") } }),
  },
  {
    route: "PATCH /api/projects/[projectId]/claims/[claimId]",
    allow: managers,
    call: async ({ api, world }) =>
      api.patch(project(world.projectId, `/claims/${await world.createClaim()}`), { data: { description: "edited" } }),
  },
  {
    route: "DELETE /api/projects/[projectId]/claims/[claimId]",
    allow: managers,
    call: async ({ api, world }) => api.delete(project(world.projectId, `/claims/${await world.createClaim()}`)),
  },
  {
    route: "GET /api/projects/[projectId]/entities",
    allow: members,
    call: ({ api, world }) => api.get(project(world.projectId, "/entities?q=ka")),
  },
  {
    route: "POST /api/projects/[projectId]/entities",
    allow: managers,
    call: ({ api, world }) => api.post(project(world.projectId, "/entities"), { data: { name: unique("Entity"), aliases: [] } }),
  },
  {
    route: "PATCH /api/projects/[projectId]/entities/[entityId]",
    allow: managers,
    call: async ({ api, world }) =>
      api.patch(project(world.projectId, `/entities/${await world.createEntity()}`), { data: { description: "edited" } }),
  },
  {
    route: "DELETE /api/projects/[projectId]/entities/[entityId]",
    allow: managers,
    call: async ({ api, world }) => api.delete(project(world.projectId, `/entities/${await world.createEntity()}`)),
  },
  { route: "GET /api/projects/[projectId]/documents", allow: members, call: ({ api, world }) => api.get(project(world.projectId, "/documents")) },
  {
    route: "POST /api/projects/[projectId]/documents",
    allow: managers,
    call: ({ api, world }) =>
      api.post(project(world.projectId, "/documents"), { data: { documents: [{ text: `Kazakhstan ${unique("imports")}.` }] } }),
  },
  {
    route: "GET /api/projects/[projectId]/assignments",
    allow: managers,
    call: ({ api, world }) => api.get(project(world.projectId, "/assignments")),
  },
  {
    route: "POST /api/projects/[projectId]/assignments",
    allow: managers,
    call: async ({ api, world }) =>
      api.post(project(world.projectId, "/assignments"), {
        data: { documentId: await world.importDocument(), userId: world.userIds.annotator },
      }),
  },
  {
    route: "DELETE /api/projects/[projectId]/assignments",
    allow: managers,
    call: async ({ api, world }) => {
      const data = { documentId: await world.importDocument(), userId: world.userIds.annotator };
      await json(await world.owner.post(project(world.projectId, "/assignments"), { data }), 201);
      return api.delete(project(world.projectId, `/assignments?documentId=${data.documentId}&userId=${data.userId}`));
    },
  },
  { route: "GET /api/projects/[projectId]/queue", allow: annotators, call: ({ api, world }) => api.get(project(world.projectId, "/queue")) },
  {
    route: "POST /api/projects/[projectId]/queue/next",
    allow: annotators,
    call: ({ api, world }) => api.post(project(world.projectId, "/queue/next")),
  },
  {
    route: "POST /api/projects/[projectId]/queue/skip",
    allow: annotators,
    call: async ({ api, world }) =>
      api.post(project(world.projectId, "/queue/skip"), { data: { documentId: await world.importDocument() } }),
  },
  {
    route: "GET /api/projects/[projectId]/agreement",
    allow: reviewers,
    call: ({ api, world }) => api.get(project(world.projectId, "/agreement")),
  },
  {
    route: "GET /api/projects/[projectId]/export",
    allow: reviewers,
    call: ({ api, world }) => api.get(project(world.projectId, "/export?format=jsonl&set=all")),
  },
  // Insights: annotators only where the project opens them (not this one's default).
  ...(["stance", "network", "coverage"] as const).map((view) => ({
    route: `GET /api/projects/[projectId]/insights/${view}`,
    allow: reviewers,
    call: ({ api, world }: CallArgs) => api.get(project(world.projectId, `/insights/${view}`)),
  })),
  {
    route: "GET /api/projects/[projectId]/insights/evidence",
    allow: reviewers,
    call: async ({ api, world }) => api.get(project(world.projectId, `/insights/evidence?claim=${await world.createClaim()}`)),
  },
  {
    route: "GET /api/projects/[projectId]/insights/progress",
    allow: managers,
    call: ({ api, world }) => api.get(project(world.projectId, "/insights/progress")),
  },
  // Model server: nothing listens on port 9, so calls answer a failing status, not an error.
  ...modelServerRoutes(),
  {
    route: "GET /api/projects/[projectId]/insights/export",
    allow: reviewers,
    call: ({ api, world }) => api.get(project(world.projectId, "/insights/export?view=network&format=graphml")),
  },
];

function modelServerRoutes(): RouteAccess[] {
  const connect = async (world: CallArgs["world"]) =>
    world.owner.put(project(world.projectId, "/model-server"), { data: { url: "http://127.0.0.1:9/", timeoutMs: 2000 } });
  return [
    { route: "GET /api/projects/[projectId]/model-server", allow: managers, call: ({ api, world }) => api.get(project(world.projectId, "/model-server")) },
    {
      route: "PUT /api/projects/[projectId]/model-server",
      allow: managers,
      call: ({ api, world }) => api.put(project(world.projectId, "/model-server"), { data: { url: "http://127.0.0.1:9/" } }),
    },
    {
      route: "DELETE /api/projects/[projectId]/model-server",
      allow: managers,
      call: async ({ api, world }) => {
        await connect(world);
        return api.delete(project(world.projectId, "/model-server"));
      },
    },
    {
      route: "POST /api/projects/[projectId]/model-server/health",
      allow: managers,
      call: async ({ api, world }) => {
        await connect(world);
        return api.post(project(world.projectId, "/model-server/health"));
      },
    },
    {
      route: "POST /api/projects/[projectId]/model-server/predictions",
      allow: members,
      call: async ({ api, world }) => {
        await connect(world);
        return api.post(project(world.projectId, "/model-server/predictions"), { data: { documentId: world.documentId } });
      },
    },
  ];
}
