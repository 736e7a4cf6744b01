// `npm run lint` fails when prisma/schema.prisma is not as `prisma format` writes it. Prisma's CLI has
// no check mode, so a copy is formatted in a scratch folder and compared; `--write` (`npm run format`)
// keeps the formatted copy. Like `generate`, `format` wants a schema engine it never runs.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { SCHEMA_PATH } from "./migrations-folder";

const require = createRequire(import.meta.url);
const prismaCli = require.resolve("prisma/build/index.js");

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "schema-format-"));
try {
  const copy = path.join(scratch, "schema.prisma");
  const original = fs.readFileSync(SCHEMA_PATH, "utf8");
  fs.writeFileSync(copy, original);
  const result = spawnSync(process.execPath, [prismaCli, "format", "--schema", copy], {
    cwd: scratch,
    encoding: "utf8",
    env: { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? process.execPath },
  });
  if (result.status !== 0) {
    process.stderr.write(result.stdout + result.stderr);
    process.exit(result.status ?? 1);
  }
  const formatted = fs.readFileSync(copy, "utf8");
  if (process.argv.includes("--write")) fs.writeFileSync(SCHEMA_PATH, formatted);
  else if (formatted !== original) {
    console.error("prisma/schema.prisma is not formatted: run `npm run format`.");
    process.exit(1);
  }
} finally {
  fs.rmSync(scratch, { recursive: true, force: true });
}
