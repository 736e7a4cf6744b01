// The database the browser and security tests run against (scripts/test/each-database.ts sets the
// provider); scripts/e2e-server.ts wipes it at the start of a run. Named by port, so two checkouts
// running their tests at once never share one.
export function e2eDatabaseUrl(port: number, env: Record<string, string | undefined> = process.env): string {
  if (env.TEST_DATABASE_PROVIDER !== "postgresql") return "file:./data/e2e.db";
  const server = new URL(env.TEST_POSTGRES_URL?.trim() || "postgresql://postgres@127.0.0.1:5432/postgres");
  server.pathname = `/portal_e2e_${port}`;
  return server.toString();
}

export const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);
