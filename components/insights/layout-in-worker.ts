import { type LayoutInput, type LayoutPositions, layoutPositions } from "./network-layout";

/** A worker started before the network's answer arrives, so its script is loaded by then. */
let warm: Worker | null = null;

const startWorker = () => new Worker(new URL("./network-layout.worker.ts", import.meta.url));

/** Starts the layout worker ahead of the first layout. */
export function prepareLayoutWorker(): void {
  if (typeof Worker !== "undefined" && !warm) warm = startWorker();
}

/**
 * The layout off the main thread (a few hundred milliseconds for a big network), so the page
 * draws its charts meanwhile; in place where no worker can start.
 */
export function layoutInWorker(input: LayoutInput): { positions: Promise<LayoutPositions>; cancel: () => void } {
  if (typeof Worker === "undefined") return { positions: Promise.resolve(layoutPositions(input)), cancel: () => undefined };
  const worker = warm ?? startWorker();
  warm = null;
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
