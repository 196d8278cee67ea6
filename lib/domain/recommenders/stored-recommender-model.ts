import type { RankableClaim } from "./claim-ranker";
import type { StanceObservation } from "./stance-prior";
import type { StoredStringMatchingModel } from "./string-matching-model";

/** What each recommender keeps of a project's work between rebuilds, as JSON. */
export type StoredRecommenderModel =
  | { kind: "string-matching"; phrases: StoredStringMatchingModel }
  | { kind: "claim-matching"; claims: RankableClaim[] }
  | { kind: "stance-prior"; observations: StanceObservation[] };
