import { type LayoutInput, layoutPositions } from "./network-layout";

// The network's ForceAtlas2 layout, away from the page's main thread.
self.onmessage = (event: MessageEvent<LayoutInput>) => {
  self.postMessage(layoutPositions(event.data));
};
