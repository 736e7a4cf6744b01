// Plain JavaScript so the production server imports it as it is: a next.config.ts makes Next.js load
// its SWC compiler (about 27 MB of the server's memory) only to read these lines at start.
import { PHASE_PRODUCTION_SERVER } from "next/constants.js";

const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
  { key: "Strict-Transport-Security", value: "max-age=31536000; includeSubDomains" },
];

/** @type {import("next").NextConfig} */
const nextConfig = {
  // Native packages load from node_modules at run time instead of being bundled.
  serverExternalPackages: [
    "better-sqlite3",
    "@prisma/adapter-better-sqlite3",
    "pg",
    "@prisma/adapter-pg",
    "@node-rs/argon2",
    "exceljs",
  ],
  poweredByHeader: false,
  // forbidden(): a signed-in user without the role gets an honest 403 page, not a 404 (app/forbidden.tsx).
  experimental: { authInterrupts: true },
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

/**
 * next-intl's plugin points its imports at i18n/request.ts when the app is built; the running server
 * needs nothing from it, and it loads a compiler (@swc/core, about 10 MB) with it.
 * @param {string} phase
 * @returns {Promise<import("next").NextConfig>}
 */
export default async function config(phase) {
  if (phase === PHASE_PRODUCTION_SERVER) return nextConfig;
  const { default: createNextIntlPlugin } = await import("next-intl/plugin");
  return createNextIntlPlugin("./i18n/request.ts")(nextConfig);
}
