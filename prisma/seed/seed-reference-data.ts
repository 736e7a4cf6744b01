import type { PrismaClient } from "@/lib/generated/prisma/client";
import { INVESTMENT_FORMS, LOCATIONS, SECTORS } from "./reference-data";

/** Adds missing sectors, locations and investment forms; leaves rows an admin has edited alone. */
export async function seedReferenceData(prisma: PrismaClient): Promise<void> {
  const tables = [
    [SECTORS, prisma.sector],
    [LOCATIONS, prisma.location],
    [INVESTMENT_FORMS, prisma.investmentForm],
  ] as const;
  for (const [rows, table] of tables) {
    for (const [index, [code, name]] of rows.entries()) {
      // The three delegates share this shape; TypeScript cannot unify their overloads.
      await (table as typeof prisma.sector).upsert({
        where: { code },
        create: { code, name, sortOrder: index + 1 },
        update: {},
      });
    }
  }
}
