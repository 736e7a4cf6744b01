// Generates one Prisma Client per database (`npm run db:generate`, and after every install).
// `prisma generate` never runs the schema engine but insists that one exists, and would download it
// without network; pointing it at any existing file skips that.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { PROVIDERS, schemaFor } from "./providers";
import { REPO_ROOT } from "./migrations-folder";

const require = createRequire(import.meta.url);
const prismaCli = require.resolve("prisma/build/index.js");

for (const provider of PROVIDERS) {
  // The derived schema is written beside the real one so its relative `output` lands in lib/generated.
  const schemaPath = path.join(REPO_ROOT, "prisma", `.${provider}.generated.prisma`);
  fs.writeFileSync(schemaPath, schemaFor(provider));
  try {
    const result = spawnSync(process.execPath, [prismaCli, "generate", "--schema", schemaPath], {
      cwd: REPO_ROOT,
      stdio: "inherit",
      env: {
        ...process.env,
        PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? process.execPath,
      },
    });
    if (result.status !== 0) process.exit(result.status ?? 1);
  } finally {
    fs.rmSync(schemaPath, { force: true });
  }
}
