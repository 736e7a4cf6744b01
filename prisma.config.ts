import { defineConfig } from "prisma/config";

// Prisma's CLI is used only for `generate` here: migrations run through the Wasm schema engine
// (scripts/db/), because the CLI downloads a native engine and these machines have no network.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
});
