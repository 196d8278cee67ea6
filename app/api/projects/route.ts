import { apiHandler, parseJsonBody } from "@/lib/server/http/api-handler";
import { createProject } from "@/lib/server/projects/create-project";
import { listProjects } from "@/lib/server/projects/list-projects";
import { createProjectBody } from "./projects.types";

export const GET = apiHandler(async ({ caller }) => ({ items: await listProjects({ caller }) }));

export const POST = apiHandler(
  async ({ request, caller }) => createProject({ caller, ...(await parseJsonBody(request, createProjectBody)) }),
  { status: 201 },
);
