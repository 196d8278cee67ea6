import { z } from "zod";
import { describeZodError } from "@/lib/domain/import/describe-zod-error";

/** Label Studio's ML backends answer with these shapes; anything else they add is ignored. */

const version = z.union([z.string(), z.number()]).transform(String);

const healthSchema = z.looseObject({
  status: z.string(),
  model_class: z.string().nullish(),
  model_version: version.nullish(),
});

const setupSchema = z.looseObject({ model_version: version.nullish() });

const resultItemSchema = z.looseObject({
  id: z.union([z.string(), z.number()]).transform(String).optional(),
  type: z.string(),
  from_name: z.string().optional(),
  value: z.looseObject({}).optional(),
});
export type PredictionResultItem = z.infer<typeof resultItemSchema>;

const predictionSchema = z.looseObject({
  result: z.array(resultItemSchema),
  score: z.number().nullish(),
  model_version: version.nullish(),
});
export type RawPrediction = z.infer<typeof predictionSchema>;

const predictSchema = z.looseObject({
  results: z.array(predictionSchema),
  model_version: version.nullish(),
});

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

function parseWith<T>(schema: z.ZodType<T>, body: unknown, what: string): Parsed<T> {
  const parsed = schema.safeParse(body);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, message: `${what}: ${describeZodError(parsed.error)}` };
}

export interface HealthAnswer {
  up: boolean;
  modelClass: string | null;
  modelVersion: string | null;
}

/** `GET /health`: `{"status":"UP","model_class":…}`. */
export function parseHealthResponse(body: unknown): Parsed<HealthAnswer> {
  const parsed = parseWith(healthSchema, body, "The answer to /health is not Label Studio's");
  if (!parsed.ok) return parsed;
  const { status, model_class, model_version } = parsed.value;
  return { ok: true, value: { up: status.toUpperCase() === "UP", modelClass: model_class ?? null, modelVersion: model_version ?? null } };
}

/** `POST /setup`: `{"model_version":…}`. */
export function parseSetupResponse(body: unknown): Parsed<{ modelVersion: string | null }> {
  const parsed = parseWith(setupSchema, body, "The answer to /setup is not Label Studio's");
  return parsed.ok ? { ok: true, value: { modelVersion: parsed.value.model_version ?? null } } : parsed;
}

export interface PredictAnswer {
  /** One per task, in the tasks' order; a backend may answer fewer. */
  predictions: RawPrediction[];
  /** The version older backends state once for the whole answer. */
  modelVersion: string | null;
}

/** `POST /predict`: `{"results":[{"result":[…],"score":…,"model_version":…}, …]}`. */
export function parsePredictResponse(body: unknown): Parsed<PredictAnswer> {
  const parsed = parseWith(predictSchema, body, "The answer to /predict is not Label Studio's");
  return parsed.ok ? { ok: true, value: { predictions: parsed.value.results, modelVersion: parsed.value.model_version ?? null } } : parsed;
}
