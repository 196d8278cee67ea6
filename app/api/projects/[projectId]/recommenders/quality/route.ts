import { apiHandler, parseId } from "@/lib/server/http/api-handler";
import { getRecommenderQuality } from "@/lib/server/recommenders/get-recommender-quality";

type Params = { projectId: string };

export const GET = apiHandler<Params>(({ caller, params }) =>
  getRecommenderQuality({ caller, projectId: parseId(params.projectId, "Project") }),
);
