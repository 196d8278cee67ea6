import "server-only";

/**
 * The documents this process is asking the model server about right now, whoever asked (the
 * predictions after an import, or a document being opened), each with the promise of its answer:
 * a document asked for already waits for that answer instead of asking again.
 */
const inFlight = new Map<number, Promise<unknown>>();

/** The answer under way for the document, if one is. */
export function predictionInFlight(documentId: number): Promise<unknown> | undefined {
  return inFlight.get(documentId);
}

/** Runs `predict` for the documents, known as in flight until it settles. */
export function predictingDocuments<T>(documentIds: readonly number[], predict: () => Promise<T>): Promise<T> {
  const run = predict();
  const settled = run.then(
    () => undefined,
    () => undefined,
  );
  for (const id of documentIds) inFlight.set(id, settled);
  void settled.then(() => {
    for (const id of documentIds) if (inFlight.get(id) === settled) inFlight.delete(id);
  });
  return run;
}
