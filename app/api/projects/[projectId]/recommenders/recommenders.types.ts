import { z } from "zod";
import { annotationLayers } from "@/db/schema/enums";
import { recommenderKeys } from "@/lib/domain/recommenders/recommender-keys";

export const updateRecommendersBody = z.strictObject({
  items: z
    .array(z.strictObject({ recommender: z.enum(recommenderKeys), layer: z.enum(annotationLayers), enabled: z.boolean() }))
    .min(1)
    .max(20),
});
