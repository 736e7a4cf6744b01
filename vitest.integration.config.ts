import { defineConfig } from "vitest/config";
import unit from "./vitest.config.ts";

// Integration tests: the data layer against a real database file made fresh for each test file.
export default defineConfig({
  resolve: unit.resolve,
  test: {
    include: ["{lib,scripts}/**/*.integration.test.ts"],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
