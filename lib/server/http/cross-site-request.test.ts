import { describe, expect, it, vi } from "vitest";

// The public URL differs from the address the app listens on, as behind a proxy.
vi.stubEnv("NEXTAUTH_URL", "https://claims.example.org");
vi.stubEnv("NEXTAUTH_SECRET", "a-test-secret-that-is-long-enough-for-env");

const { requireSameOriginWrite } = await import("./cross-site-request");

function request(method: string, headers: Record<string, string>): Request {
  return new Request("http://127.0.0.1:3000/api/projects/1/documents", { method, headers: { host: "127.0.0.1:3000", ...headers } });
}

const refused = expect.objectContaining({ code: "forbidden", message: expect.stringMatching(/^Cross-site requests may not change data/) });

describe("requireSameOriginWrite", () => {
  it("lets the app's own pages write: its host, the host a proxy forwards, or the public URL", () => {
    const samples: Record<string, string>[] = [
      { origin: "http://127.0.0.1:3000", "sec-fetch-site": "same-origin" },
      { origin: "https://claims.example.org", "x-forwarded-host": "claims.example.org" },
      { origin: "https://claims.example.org" },
      { origin: "https://127.0.0.1:3000" },
    ];
    for (const headers of samples) {
      expect(() => requireSameOriginWrite(request("POST", headers))).not.toThrow();
    }
  });

  it("refuses writes from another site or a sibling origin, whatever the method", () => {
    for (const method of ["POST", "PUT", "PATCH", "DELETE"]) {
      expect(() => requireSameOriginWrite(request(method, { origin: "https://evil.example" }))).toThrowError(refused);
    }
    // Another port of the same host is the same site: SameSite cookies do not keep it out.
    expect(() => requireSameOriginWrite(request("POST", { origin: "http://127.0.0.1:4000", "sec-fetch-site": "same-site" }))).toThrowError(refused);
    expect(() => requireSameOriginWrite(request("POST", { origin: "https://app.claims.example.org" }))).toThrowError(refused);
    expect(() => requireSameOriginWrite(request("POST", { origin: "null" }))).toThrowError(refused);
    expect(() => requireSameOriginWrite(request("POST", { "sec-fetch-site": "cross-site" }))).toThrowError(refused);
  });

  it("refuses a forwarded host that is not the origin's", () => {
    const headers = { origin: "https://evil.example", "x-forwarded-host": "claims.example.org" };
    expect(() => requireSameOriginWrite(request("POST", headers))).toThrowError(refused);
  });

  it("leaves reads, Bearer-token requests and requests without Origin alone", () => {
    const foreign = { origin: "https://evil.example", "sec-fetch-site": "cross-site" };
    for (const method of ["GET", "HEAD", "OPTIONS"]) expect(() => requireSameOriginWrite(request(method, foreign))).not.toThrow();
    expect(() => requireSameOriginWrite(request("POST", { ...foreign, authorization: "Bearer cd_token" }))).not.toThrow();
    expect(() => requireSameOriginWrite(request("DELETE", {}))).not.toThrow();
  });
});
