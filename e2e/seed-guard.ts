import crypto from "node:crypto";
import { isDeepStrictEqual } from "node:util";
import { createPrismaClient } from "@/lib/db/create-client";
import { E2E_PORT, e2eDatabaseUrl } from "@/scripts/e2e-database";

// The seed guard (playwright.config.ts `globalSetup`): before the first test, a picture of every row
// the seed wrote that a test could change — the demo projects, accounts and units, the reference
// lists, the portal's settings — and after the last test the same picture again. A spec that changed
// one of them (instead of working on the data its fixtures made, e2e/fixtures.ts) fails the run here,
// naming what changed. Signing in (lastSignInAt) and reading are not changes.

async function seedPicture() {
  const prisma = createPrismaClient(e2eDatabaseUrl(E2E_PORT));
  try {
    const reference = { select: { code: true, name: true, active: true, mergedIntoId: true }, orderBy: { code: "asc" } } as const;
    const [projects, users, organizations, sectors, locations, forms, settings] = await Promise.all([
      prisma.project.findMany({
        where: { id: { startsWith: "demo-" } },
        select: {
          id: true,
          status: true,
          version: true,
          updatedAt: true,
          lastConfirmedAt: true,
          _count: { select: { revisions: true, attachments: true, locations: true } },
        },
        orderBy: { id: "asc" },
      }),
      prisma.user.findMany({
        where: { email: { endsWith: "@demo.local" } },
        select: {
          email: true,
          name: true,
          role: true,
          active: true,
          organizationId: true,
          sessionVersion: true,
          passwordHash: true,
          _count: { select: { notificationOptOuts: true } },
        },
        orderBy: { email: "asc" },
      }),
      prisma.organization.findMany({
        where: {
          OR: [
            { users: { some: { email: { endsWith: "@demo.local" } } } },
            { projects: { some: { id: { startsWith: "demo-" } } } },
          ],
        },
        select: { code: true, updatedAt: true, active: true, _count: { select: { reports: true } } },
        orderBy: { code: "asc" },
      }),
      prisma.sector.findMany(reference),
      prisma.location.findMany(reference),
      prisma.investmentForm.findMany(reference),
      prisma.siteSettings.findMany({ omit: { updatedAt: true } }),
    ]);
    // The hash itself stays out of the failure message; whether it changed is what counts.
    const accounts = users.map(({ passwordHash, ...user }) => ({
      ...user,
      password: crypto
        .createHash("sha256")
        .update(passwordHash ?? "")
        .digest("hex")
        .slice(0, 12),
    }));
    return { projects, users: accounts, organizations, sectors, locations, forms, settings };
  } finally {
    await prisma.$disconnect();
  }
}

type Picture = Awaited<ReturnType<typeof seedPicture>>;

/** Each seeded row that changed, by its key, with the fields that changed, for the failure message. */
function differences(before: Picture, after: Picture): string[] {
  const changed: string[] = [];
  for (const kind of Object.keys(before) as (keyof Picture)[]) {
    const rows = (picture: Picture) =>
      new Map((picture[kind] as Record<string, unknown>[]).map((row) => [String(row.id ?? row.email ?? row.code), row]));
    const now = rows(after);
    // Seeded rows only: rows a test adds (to the reference lists, say) are its own.
    for (const [key, row] of rows(before)) {
      const later = now.get(key);
      if (!later) {
        changed.push(`${kind} ${key}: gone`);
        continue;
      }
      const fields = Object.keys(row).filter((field) => !isDeepStrictEqual(row[field], later[field]));
      const show = (value: unknown) => JSON.stringify(value);
      if (fields.length > 0)
        changed.push(
          `${kind} ${key}: ${fields.map((field) => `${field} ${show(row[field])} → ${show(later[field])}`).join(", ")}`,
        );
    }
  }
  return changed;
}

export default async function seedGuard() {
  const before = await seedPicture();
  if (before.projects.length === 0) throw new Error("seed guard: the e2e database has no demo projects");
  return async () => {
    const after = await seedPicture();
    if (isDeepStrictEqual(before, after)) return;
    const changed = differences(before, after);
    if (changed.length === 0) return;
    throw new Error(`Các kiểm thử đã thay đổi dữ liệu mẫu (seed guard):\n${changed.join("\n")}`);
  };
}
