import path from "node:path";
import { defineConfig } from "vitest/config";

// Unit tests: beside the code, no database, no network.
export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      // The marker package throws outside React's server build; tests are server code.
      "server-only": path.resolve(import.meta.dirname, "tests/support/empty-module.ts"),
    },
  },
  test: {
    include: ["{lib,components,app,scripts,prisma}/**/*.test.{ts,tsx}"],
    exclude: ["**/*.integration.test.ts", "node_modules/**"],
  },
});
