/** The built-in recommenders. */
export const recommenderKeys = ["string-matching", "claim-matching", "stance-prior"] as const;
export type RecommenderKey = (typeof recommenderKeys)[number];

export type RecommenderLayer = "entity" | "claim";

/**
 * The layers each recommender can work on: string matching finds marked entity mentions and
 * claim spans again; claim matching and the stance prior complete claim spans.
 */
export const recommenderLayers: Readonly<Record<RecommenderKey, readonly RecommenderLayer[]>> = {
  "string-matching": ["entity", "claim"],
  "claim-matching": ["claim"],
  "stance-prior": ["claim"],
};

export const recommenderNames: Readonly<Record<RecommenderKey, string>> = {
  "string-matching": "String matching",
  "claim-matching": "Claim matching",
  "stance-prior": "Stance prior",
};

/** What a person did with a suggestion. */
export const suggestionDecisionKinds = ["accepted", "rejected"] as const;
export type SuggestionDecisionKind = (typeof suggestionDecisionKinds)[number];
