import { describe, expect, it } from "vitest";
import { describeConnectionError, describingConnectionErrors } from "./describe-connection-error";

const url = "postgres://claimdesk:secret-password@db.example.org:6543/claims";

/** An error as node-postgres or Node's socket layer raises it. */
function coded(code: string, message = code): Error {
  return Object.assign(new Error(message), { code });
}

describe("describeConnectionError", () => {
  it.each([
    [coded("ECONNREFUSED", "connect ECONNREFUSED 10.0.0.1:6543"), "Cannot reach PostgreSQL at db.example.org:6543: connection refused"],
    [coded("ENOTFOUND", "getaddrinfo ENOTFOUND db.example.org"), "Cannot reach PostgreSQL at db.example.org:6543: unknown host"],
    [coded("ETIMEDOUT", "connect ETIMEDOUT 10.0.0.1:6543"), "Cannot reach PostgreSQL at db.example.org:6543: connection timed out"],
    [
      coded("28P01", 'password authentication failed for user "claimdesk"'),
      'PostgreSQL at db.example.org:6543 refused the password of user "claimdesk" (password authentication failed for user "claimdesk")',
    ],
    [coded("28000", 'role "claimdesk" does not exist'), 'PostgreSQL at db.example.org:6543 refused user "claimdesk" (role "claimdesk" does not exist)'],
    [coded("3D000", 'database "claims" does not exist'), 'PostgreSQL at db.example.org:6543 has no database "claims"; create it first'],
    [new Error("Connection terminated unexpectedly"), "Cannot reach PostgreSQL at db.example.org:6543: connection timed out or closed before the server answered"],
  ])("describes %s in one line without the password", (error, line) => {
    const described = describeConnectionError(error, url);
    expect(described).toBe(line);
    expect(described).not.toContain("secret-password");
  });

  it("looks into causes and into the attempts of an AggregateError (one per address)", () => {
    const attempts = new AggregateError([coded("ECONNREFUSED"), coded("ECONNREFUSED")], "");
    expect(describeConnectionError(attempts, "postgres://localhost/claims")).toBe("Cannot reach PostgreSQL at localhost:5432: connection refused");
    expect(describeConnectionError(new Error("migration failed", { cause: coded("3D000") }), url)).toMatch(/has no database "claims"/);
  });

  it("leaves other errors alone", () => {
    expect(describeConnectionError(coded("42P01", 'relation "users" does not exist'), url)).toBeNull();
    expect(describeConnectionError("not an error", url)).toBeNull();
  });
});

describe("describingConnectionErrors", () => {
  it("rethrows a connection failure as one line and any other error as it is", async () => {
    await expect(describingConnectionErrors(url, () => Promise.reject(coded("ECONNREFUSED")))).rejects.toThrow(
      /^Cannot reach PostgreSQL at db\.example\.org:6543: connection refused$/,
    );
    const other = new Error("something else");
    await expect(describingConnectionErrors(url, () => Promise.reject(other))).rejects.toBe(other);
    await expect(describingConnectionErrors(url, async () => 42)).resolves.toBe(42);
  });
});
