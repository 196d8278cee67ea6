// The entry of Claimdesk's worker threads: registers tsx, which compiles the TypeScript sources
// on the fly as it does for the command line, then loads the job module that workerData names.
import { workerData } from "node:worker_threads";
import { register } from "tsx/esm/api";

register();
await import(workerData.module);
