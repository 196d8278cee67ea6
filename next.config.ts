import type { NextConfig } from "next";

/** Sent with every response, pages, API and static files alike. */
const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];

// API responses are data, never a page to run: nothing may load from them. (Pages get a policy
// with a per-request nonce from proxy.ts.)
const apiContentSecurityPolicy = "default-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

const nextConfig: NextConfig = {
  // Native and DOM-emulation packages run on the server as plain Node modules.
  serverExternalPackages: ["better-sqlite3", "@node-rs/argon2", "linkedom"],
  poweredByHeader: false,
  typedRoutes: false,
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders },
      { source: "/api/:path*", headers: [{ key: "Content-Security-Policy", value: apiContentSecurityPolicy }] },
    ];
  },
};

export default nextConfig;
