import fs from "node:fs/promises";
import path from "node:path";
import { routeHandler } from "@/lib/http/route-handler";

/**
 * The ALTCHA widget's SHA worker, served from the portal's own origin: the strict CSP allows workers
 * only from 'self' (no blob: URLs), so the widget's "external" build is used and its worker comes
 * from here. It is the package's own file, unchanged.
 */
const WORKER = path.join(process.cwd(), "node_modules", "altcha", "dist", "workers", "sha.js");
let source: Promise<string> | undefined;

export const GET = routeHandler({ access: "anyone" }, async () => {
  source ??= fs.readFile(WORKER, "utf8");
  return new Response(await source, {
    headers: {
      "Content-Type": "text/javascript; charset=utf-8",
      "Cache-Control": "public, max-age=3600",
      "X-Content-Type-Options": "nosniff",
    },
  });
});
