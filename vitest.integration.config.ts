import { defineConfig } from "vitest/config";
import unit from "./vitest.config.ts";

// Integration tests: the data layer against a real database made fresh for each test file, on the
// provider TEST_DATABASE_PROVIDER names (scripts/test/each-database.ts runs this once per database).
// Files named *.sqlite.* or *.postgresql.* check one database's own machinery and run only on it.
// (Read here directly: the config cannot load the app's "@/" modules; test-database.ts validates it.)
const otherProvider = process.env.TEST_DATABASE_PROVIDER === "postgresql" ? "sqlite" : "postgresql";

export default defineConfig({
  resolve: unit.resolve,
  test: {
    include: ["{lib,scripts}/**/*.integration.test.ts"],
    exclude: [`**/*.${otherProvider}.integration.test.ts`, "**/node_modules/**"],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
