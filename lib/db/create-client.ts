import { PrismaClient } from "@/lib/generated/prisma/client";
import { PrismaClient as PostgresPrismaClient } from "@/lib/generated/prisma-postgresql/client";
import { createAdapter } from "./adapter";
import { databaseProvider, databaseUrl } from "./database-url";

/**
 * A client for the database the URL names. Both generated clients come from the same models, so the
 * app codes against one type (the SQLite client's); the PostgreSQL client has the same API plus
 * options the app never uses (case-insensitive mode and the like).
 */
export function createPrismaClient(url: string = databaseUrl()): PrismaClient {
  const adapter = createAdapter(url);
  if (databaseProvider(url) === "postgresql") {
    return new PostgresPrismaClient({ adapter }) as unknown as PrismaClient;
  }
  return new PrismaClient({ adapter });
}
