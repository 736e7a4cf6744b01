import type { PrismaClient } from "@/lib/generated/prisma/client";
import { INVESTMENT_FORMS, LOCATIONS, SECTORS } from "./reference-data";

/**
 * Adds missing sectors, locations and investment forms; leaves rows an admin has edited alone. An
 * English name is filled in only where there is none, so an installation seeded before English names
 * existed gets them, and one an admin gave stays.
 */
export async function seedReferenceData(prisma: PrismaClient): Promise<void> {
  const tables = [
    [SECTORS, prisma.sector],
    [LOCATIONS, prisma.location],
    [INVESTMENT_FORMS, prisma.investmentForm],
  ] as const;
  for (const [rows, table] of tables) {
    for (const [index, [code, name, nameEn]] of (rows as readonly (readonly [string, string, string?])[]).entries()) {
      // The three delegates share this shape; TypeScript cannot unify their overloads.
      const delegate = table as typeof prisma.sector;
      await delegate.upsert({
        where: { code },
        create: { code, name, nameEn, sortOrder: index + 1 },
        update: {},
      });
      if (nameEn) await delegate.updateMany({ where: { code, nameEn: null }, data: { nameEn } });
    }
  }
}
