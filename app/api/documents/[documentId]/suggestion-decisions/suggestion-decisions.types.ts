import { z } from "zod";
import { annotationLayers } from "@/db/schema/enums";
import { recommenderKeys, suggestionDecisionKinds } from "@/lib/domain/recommenders/recommender-keys";

export const suggestionDecisionBody = z
  .strictObject({
    recommender: z.enum(recommenderKeys),
    layer: z.enum(annotationLayers),
    start: z.number().int().min(0),
    end: z.number().int().min(1),
    quote: z.string().min(1).max(100_000),
    label: z.string().min(1).max(200),
    score: z.number().min(0).max(1),
    decision: z.enum(suggestionDecisionKinds),
  })
  .refine((body) => body.end > body.start, { message: "end must be after start", path: ["end"] });
