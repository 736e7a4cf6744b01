// `npm run dev`: the development server on the demo database, with the same preparation as `npm start`
// (migrations, reference and demo data, a session-signing secret kept under data/).
import "./load-env";
import { spawn } from "node:child_process";
import path from "node:path";
import { prepareDatabase, verifySearchIndex } from "./prepare-database";
import { NEXT_BIN } from "./server-command";
import { ensureServerSettings } from "./server-settings";

const root = path.resolve(import.meta.dirname, "..");
ensureServerSettings(root);
await prepareDatabase();
await verifySearchIndex();
process.env.NEXTAUTH_URL ??= `http://localhost:${process.env.PORT ?? "3000"}`;
const server = spawn(process.execPath, [NEXT_BIN, "dev"], { cwd: root, stdio: "inherit" });
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
