import { databaseProvider, databaseUrl } from "@/lib/db/database-url";

/**
 * Whether this installation may carry the demo organisations and accounts (known passwords).
 * The embedded SQLite default is the try-it-out install, so demo is on there unless PORTAL_DEMO=false;
 * any other database (a real deployment) gets demo data only when PORTAL_DEMO=true says so.
 */
export function isDemoMode(env: Record<string, string | undefined> = process.env): boolean {
  if (env.PORTAL_DEMO === "true") return true;
  if (env.PORTAL_DEMO === "false") return false;
  return databaseProvider(databaseUrl(env)) === "sqlite";
}
