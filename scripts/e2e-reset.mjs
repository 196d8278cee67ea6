// Removes the end-to-end test database so that every run starts from the demo seed.
import { rmSync } from "node:fs";

rmSync("data/e2e", { recursive: true, force: true });
