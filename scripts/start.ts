// `npm start`: the one command a new user runs. Prepares the database (migrations, reference data,
// demo data on an empty database), builds once if there is no build, then serves the portal.
// With several app servers on one database, prepare it once (`npm run db:migrate`, or one server
// started normally) and start the others with PORTAL_PREPARE_DATABASE=false.
import { spawnSync, spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { ensureAuthSecret } from "./auth-secret";
import { prepareDatabase } from "./prepare-database";
import { NEXT_BIN, nextStartArgs } from "./server-command";

const root = path.resolve(import.meta.dirname, "..");

ensureAuthSecret(root);
if (process.env.PORTAL_PREPARE_DATABASE !== "false") await prepareDatabase();

if (!fs.existsSync(path.join(root, ".next", "BUILD_ID"))) {
  console.log("Chưa có bản build: đang build (lần đầu mất khoảng một phút)…");
  const build = spawnSync(process.execPath, [NEXT_BIN, "build"], { cwd: root, stdio: "inherit" });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const port = process.env.PORT ?? "3000";
// next-auth builds its callback URLs from this; behind a proxy, set it to the public address.
process.env.NEXTAUTH_URL ??= `http://localhost:${port}`;
const server = spawn(process.execPath, nextStartArgs(port), {
  cwd: root,
  stdio: "inherit",
});
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => server.kill(signal));
}
server.on("exit", (code) => process.exit(code ?? 0));
