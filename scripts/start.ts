// `npm start`: the one command a new user runs. Prepares the database (migrations, reference data,
// demo data on an empty database), sweeps the upload folder, builds once if there is no build,
// then serves the portal; the server starts loading meanwhile and opens its port once that is done.
// With several app servers on one database, prepare it once (`npm run db:migrate`, or one server
// started normally) and start the others with PORTAL_PREPARE_DATABASE=false.
import "./load-env";
import { spawnSync, spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { prepareDatabase, verifySearchIndex } from "./prepare-database";
import { DATABASE_READY_MESSAGE, WAIT_FOR_DATABASE_ENV } from "./database-ready.mjs";
import { NEXT_BIN, serverArgs } from "./server-command";
import { ensureServerSettings } from "./server-settings";
import { describeSweep, sweepAttachments } from "./sweep-attachments";

const root = path.resolve(import.meta.dirname, "..");

ensureServerSettings(root);
const preparing = process.env.PORTAL_PREPARE_DATABASE !== "false";

/** Migrations, reference data, demo data, then the upload folder's leftovers: what must precede serving. */
async function prepareForServing(): Promise<void> {
  if (preparing) await prepareDatabase();
  // Leftovers of a crash are housekeeping, never a reason not to serve: a failed sweep is only reported.
  await sweepAttachments().then(
    ({ folder, database, report }) => {
      const lines = describeSweep(report, database);
      if (lines.length > 0) console.log(`Dọn thư mục tệp đính kèm ${folder}:\n  ${lines.join("\n  ")}`);
    },
    (error: unknown) => console.warn("Không dọn được thư mục tệp đính kèm:", error instanceof Error ? error.message : error),
  );
}

const built = fs.existsSync(path.join(root, ".next", "BUILD_ID"));
if (!built) {
  await prepareForServing();
  console.log("Chưa có bản build: đang build (lần đầu mất khoảng một phút)…");
  const build = spawnSync(process.execPath, [NEXT_BIN, "build"], { cwd: root, stdio: "inherit" });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const port = process.env.PORT ?? "3000";
// next-auth builds its callback URLs from this; behind a proxy, set it to the public address.
process.env.NEXTAUTH_URL ??= `http://localhost:${port}`;
// With a build at hand, the server loads Next.js while the database is prepared (about a second each)
// and opens its port only when told the database is ready (scripts/server.mjs).
const server = spawn(process.execPath, serverArgs(), {
  cwd: root,
  env: { ...process.env, PORT: port, ...(built ? { [WAIT_FOR_DATABASE_ENV]: "1" } : {}) },
  stdio: ["inherit", "inherit", "inherit", "ipc"],
});
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => server.kill(signal));
}
server.on("exit", (code) => process.exit(code ?? 0));
if (built) {
  try {
    await prepareForServing();
  } catch (error) {
    // Not the server's exit code: this failure is npm start's.
    server.removeAllListeners("exit");
    server.kill("SIGTERM");
    throw error;
  }
  server.send(DATABASE_READY_MESSAGE);
}
if (preparing) {
  verifySearchIndex().catch((error: unknown) =>
    console.warn("Không kiểm tra được chỉ mục tìm kiếm:", error instanceof Error ? error.message : error),
  );
}
