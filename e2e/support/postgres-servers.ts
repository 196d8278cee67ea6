/**
 * The two Claimdesk servers of the "postgres" Playwright project: one PostgreSQL database behind
 * both, started by scripts/testing/e2e-postgres-servers.ts.
 */
const [portA, portB] = (process.env.E2E_POSTGRES_PORTS ?? "3101,3102").split(",").map(Number);

export const postgresServerA = `http://localhost:${portA}`;
export const postgresServerB = `http://localhost:${portB}`;

/** What the script prints once both servers answer; Playwright waits for it. */
export const postgresServersReady = "Claimdesk on PostgreSQL is ready";
