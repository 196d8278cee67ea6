import { apiHandler, parseId, parseJsonBody } from "@/lib/server/http/api-handler";
import { getRecommenderSettings } from "@/lib/server/recommenders/get-recommender-settings";
import { updateRecommenderSettings } from "@/lib/server/recommenders/update-recommender-settings";
import { updateRecommendersBody } from "./recommenders.types";

type Params = { projectId: string };

export const GET = apiHandler<Params>(({ caller, params }) =>
  getRecommenderSettings({ caller, projectId: parseId(params.projectId, "Project") }),
);

export const PATCH = apiHandler<Params>(async ({ request, caller, params }) =>
  updateRecommenderSettings({
    caller,
    projectId: parseId(params.projectId, "Project"),
    changes: (await parseJsonBody(request, updateRecommendersBody)).items,
  }),
);
