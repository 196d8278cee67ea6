import { type LayoutInput, type LayoutPositions, layoutPositions } from "./network-layout";

/**
 * The layout off the main thread (a few hundred milliseconds for a big network), so the page
 * draws its charts meanwhile; in place where no worker can start.
 */
export function layoutInWorker(input: LayoutInput): { positions: Promise<LayoutPositions>; cancel: () => void } {
  if (typeof Worker === "undefined") return { positions: Promise.resolve(layoutPositions(input)), cancel: () => undefined };
  const worker = new Worker(new URL("./network-layout.worker.ts", import.meta.url));
  const positions = new Promise<LayoutPositions>((resolve) => {
    worker.onmessage = (event: MessageEvent<LayoutPositions>) => resolve(event.data);
    worker.onerror = (event) => {
      event.preventDefault();
      resolve(layoutPositions(input));
    };
  }).finally(() => worker.terminate());
  worker.postMessage(input);
  return { positions, cancel: () => worker.terminate() };
}
