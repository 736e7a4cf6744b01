// How the production server is started, shared by `npm start` and the benchmark so that what is
// measured is what runs.
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
export const NEXT_BIN = path.join(root, "node_modules", "next", "dist", "bin", "next");
const SERVER_SCRIPT = path.join(root, "scripts", "server.mjs");

/** V8's own default lets the heap grow far past what the portal needs; 256 MB keeps RSS under 400 MB. */
const DEFAULT_MAX_HEAP_MB = 256;

/** Node's arguments for the production server (scripts/server.mjs, which reads PORT from the environment). */
export function serverArgs(env: Record<string, string | undefined> = process.env): string[] {
  const heapMb = Number(env.PORTAL_MAX_HEAP_MB);
  return [
    // Node's default 16 KB header limit refuses a long Vietnamese keyword (each letter is up to 9
    // bytes once percent-encoded) before the app can clamp it.
    "--max-http-header-size=65536",
    `--max-old-space-size=${Number.isInteger(heapMb) && heapMb >= 128 ? heapMb : DEFAULT_MAX_HEAP_MB}`,
    SERVER_SCRIPT,
  ];
}
