import crypto from "node:crypto";
import { createPrismaClient } from "@/lib/db/create-client";
import type { ProjectStatus } from "@/lib/generated/prisma/enums";
import { E2E_PORT, e2eDatabaseUrl } from "@/scripts/e2e-database";
import { TestData } from "../e2e/fixtures";

export function testDatabase() {
  return createPrismaClient(e2eDatabaseUrl(E2E_PORT));
}

/**
 * Writes projects the public must never see — one in every unpublished state, and a pending edit of
 * a published project — each carrying a marker no real text contains, and returns the marker. They
 * belong to a district of their own (e2e/fixtures.ts), written through the project writer, so the
 * suite neither trusts nor changes the demo's.
 */
export async function plantSecrets(): Promise<string> {
  // SQLite lets one writer in at a time; while the servers are busy with the previous spec's flood,
  // this writer can wait past the busy timeout. Try again rather than fail the whole file; what an
  // earlier attempt wrote stays unpublished.
  for (let attempt = 1; ; attempt++) {
    try {
      return await plantSecretsOnce();
    } catch (error) {
      if (attempt >= 3 || !(error instanceof Error) || !/timed out|locked|busy/i.test(error.message)) throw error;
      await new Promise((resolve) => setTimeout(resolve, 2_000));
    }
  }
}

async function plantSecretsOnce(): Promise<string> {
  const marker = `BIMAT${crypto.randomBytes(4).toString("hex").toUpperCase()}`;
  const prisma = testDatabase();
  try {
    // No one signs in as these: the fixtures' password hash is not needed.
    const data = new TestData(prisma, "");
    const unit = await data.unit({ kind: "DISTRICT" });
    const states: ProjectStatus[] = ["DRAFT", "SUBMITTED", "CHANGES_REQUESTED", "REJECTED"];
    for (const status of states) {
      await data.project(unit, {
        status,
        name: `Dự án ${status} ${marker}`,
        values: { objectives: `Mục tiêu ${marker}, nội bộ` },
      });
    }
    const published = await data.project(unit, { status: "PUBLISHED" });
    await prisma.projectRevision.create({
      data: { projectId: published.id, status: "SUBMITTED", baseVersion: published.version, data: { name: `Bản sửa ${marker}` } },
    });
    return marker;
  } finally {
    await prisma.$disconnect();
  }
}

/**
 * What an attack must not change, in a few numbers: rows of every kind a user writes and the sum of
 * the projects' versions (every change to a project moves it). Denials and sign-in attempts are
 * expected to be recorded, so they are left out.
 */
export async function databaseFingerprint(): Promise<Record<string, number | bigint | null>> {
  const prisma = testDatabase();
  try {
    const [projects, versions, revisions, attachments, reports, users, events] = await Promise.all([
      prisma.project.count(),
      prisma.project.aggregate({ _sum: { version: true } }),
      prisma.projectRevision.count(),
      prisma.attachment.count(),
      prisma.quarterlyReport.count(),
      prisma.user.aggregate({ _sum: { sessionVersion: true } }),
      prisma.auditEvent.count({
        where: { NOT: [{ action: { startsWith: "denied." } }, { action: { startsWith: "auth.sign-in" } }] },
      }),
    ]);
    return {
      projects,
      versions: versions._sum.version,
      revisions,
      attachments,
      reports,
      sessions: users._sum.sessionVersion,
      events,
    };
  } finally {
    await prisma.$disconnect();
  }
}
