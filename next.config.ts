import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // Native and DOM-emulation packages run on the server as plain Node modules.
  serverExternalPackages: ["better-sqlite3", "@node-rs/argon2", "linkedom"],
  poweredByHeader: false,
  typedRoutes: false,
};

export default nextConfig;
