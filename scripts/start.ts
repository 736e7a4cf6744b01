// `npm start`: the one command a new user runs. Prepares the database (migrations, reference data,
// demo data on an empty database), sweeps the upload folder, builds once if there is no build,
// then serves the portal.
// With several app servers on one database, prepare it once (`npm run db:migrate`, or one server
// started normally) and start the others with PORTAL_PREPARE_DATABASE=false.
import "./load-env";
import { spawnSync, spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { prepareDatabase } from "./prepare-database";
import { NEXT_BIN, serverArgs } from "./server-command";
import { ensureServerSettings } from "./server-settings";
import { describeSweep, sweepAttachments } from "./sweep-attachments";

const root = path.resolve(import.meta.dirname, "..");

ensureServerSettings(root);
if (process.env.PORTAL_PREPARE_DATABASE !== "false") await prepareDatabase();
// Leftovers of a crash are housekeeping, never a reason not to serve: a failed sweep is only reported.
await sweepAttachments().then(
  ({ folder, database, report }) => {
    const lines = describeSweep(report, database);
    if (lines.length > 0) console.log(`Dọn thư mục tệp đính kèm ${folder}:\n  ${lines.join("\n  ")}`);
  },
  (error: unknown) => console.warn("Không dọn được thư mục tệp đính kèm:", error instanceof Error ? error.message : error),
);

if (!fs.existsSync(path.join(root, ".next", "BUILD_ID"))) {
  console.log("Chưa có bản build: đang build (lần đầu mất khoảng một phút)…");
  const build = spawnSync(process.execPath, [NEXT_BIN, "build"], { cwd: root, stdio: "inherit" });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const port = process.env.PORT ?? "3000";
// next-auth builds its callback URLs from this; behind a proxy, set it to the public address.
process.env.NEXTAUTH_URL ??= `http://localhost:${port}`;
const server = spawn(process.execPath, serverArgs(), {
  cwd: root,
  env: { ...process.env, PORT: port },
  stdio: "inherit",
});
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => server.kill(signal));
}
server.on("exit", (code) => process.exit(code ?? 0));
