// Stands in for the "server-only" guard under Vitest, where every module runs on the server.
export {};
