import { afterAll, beforeAll } from "vitest";
import { createPrismaClient } from "@/lib/db/create-client";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createTestDatabase, type TestDatabase } from "@/scripts/db/test-database";

export interface IntegrationDatabase {
  database: TestDatabase;
  /** A client of the test's own, for arranging data and checking what the code under test wrote. */
  prisma: PrismaClient;
}

/**
 * A fresh migrated database (SQLite or PostgreSQL, see test-database.ts) for one test file. The app's data layer reads DATABASE_URL when its
 * client module is first imported, so import the modules under test (dynamically) after this ran.
 */
export function setUpIntegrationDatabase(): IntegrationDatabase {
  const state = {} as IntegrationDatabase;
  beforeAll(async () => {
    state.database = await createTestDatabase();
    process.env.DATABASE_URL = state.database.url;
    state.prisma = createPrismaClient(state.database.url);
  });
  afterAll(async () => {
    await state.prisma?.$disconnect();
    const { db } = await import("@/lib/db/client");
    await db.$disconnect();
    await state.database?.cleanup();
  });
  return state;
}
