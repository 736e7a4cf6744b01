import crypto from "node:crypto";
import { test as base } from "@playwright/test";
import { hashPassword } from "@/lib/auth/password";
import { createPrismaClient } from "@/lib/db/create-client";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { OrganizationKind, ProjectStatus, Role } from "@/lib/generated/prisma/enums";
import { FORM_STEP_COUNT, type ProjectDraftValues } from "@/lib/projects/project-form-schema";
import { createProjectWithValues } from "@/lib/projects/project-writer";
import { uniqueSlug } from "@/lib/projects/slug";
import { bumpReferenceVersion } from "@/lib/reference/reference-version";
import { DAY_MS } from "@/lib/time/day";
import { demoProjects } from "@/prisma/seed/demo-projects";
import { demoProjectValues } from "@/prisma/seed/seed-demo-data";
import { E2E_PORT, e2eDatabaseUrl } from "@/scripts/e2e-database";

// Each test brings the people and projects it works on, written into the e2e database through the
// app's own project writer (lib/projects/project-writer.ts), so no test changes the demo data another
// test (or the seed guard, e2e/seed-guard.ts) reads. Tests sign in as these users through the auth
// API (support.ts `signIn`); only the tests of the login form fill the form.

/** One password for every account the fixtures make, hashed once per worker. */
export const TEST_PASSWORD = "Kiểm thử e2e 2026!";

export interface TestUnit {
  id: string;
  code: string;
  name: string;
  kind: OrganizationKind;
  contactName: string;
}

export interface TestUser {
  id: string;
  email: string;
  password: string;
  name: string;
  role: Role;
  organizationId: string;
}

export interface TestProject {
  id: string;
  name: string;
  slug: string | null;
  version: number;
}

export interface ProjectOptions {
  status?: ProjectStatus;
  name?: string;
  /** The demo project whose text the new one copies (prisma/seed/demo-projects.ts `key`). */
  model?: string;
  /** Template values that differ from the model's. */
  values?: Partial<ProjectDraftValues>;
  /** The last completed form step (a draft resumes there); complete by default. */
  formStep?: number;
  /** For a published project: how long ago it was published, and confirmed (the same by default). */
  publishedDaysAgo?: number;
  confirmedDaysAgo?: number;
  createdBy?: TestUser;
}

const UNIT_NAMES: Record<OrganizationKind, (tag: string) => string> = {
  DEPARTMENT: (tag) => `Sở Kiểm thử ${tag} tỉnh Kiên Giang`,
  DISTRICT: (tag) => `UBND huyện Kiểm Thử ${tag}`,
  COMMUNE: (tag) => `UBND xã Kiểm Thử ${tag}`,
  EDITORIAL: (tag) => `Ban Biên tập Kiểm thử ${tag}`,
};

/** A short tag no other test's data carries: lower-case hex, so it survives slugs and searches. */
export const uniqueTag = () => crypto.randomBytes(3).toString("hex");

// A fixture's write waits its turn behind the servers' own, on a machine that may be busy starting an
// app server: Prisma's 5-second default for a whole transaction failed a security spec's setup that way.
const FIXTURE_TRANSACTION = { maxWait: 15_000, timeout: 30_000 };

export class TestData {
  constructor(
    private readonly prisma: PrismaClient,
    private readonly passwordHash: string,
  ) {}

  /** A unit of its own, with the contact details section I of a new call is copied from. */
  async unit(options: { kind?: OrganizationKind; name?: string } = {}): Promise<TestUnit> {
    const tag = uniqueTag();
    const kind = options.kind ?? "DEPARTMENT";
    const name = options.name ?? UNIT_NAMES[kind](tag);
    return this.prisma.organization.create({
      data: {
        code: `e2e-${kind.toLowerCase()}-${tag}`,
        name,
        kind,
        address: `Số ${parseInt(tag, 16) % 200} Trần Phú, thành phố Rạch Giá, tỉnh Kiên Giang`,
        phone: "0297 3000 000",
        email: `don-vi-${tag}@e2e.local`,
        website: `https://${tag}.e2e.local`,
        contactName: `Người Liên Hệ ${tag}`,
        contactTitle: "Chuyên viên",
      },
      select: { id: true, code: true, name: true, kind: true, contactName: true },
    });
  }

  /**
   * An active account. A submitter works in `unit`, or in a new department of its own; reviewers and
   * admins belong to the Editorial Board's unit, which they only read.
   */
  async user(role: Role, options: { unit?: TestUnit; name?: string } = {}): Promise<TestUser> {
    const tag = uniqueTag();
    const organizationId =
      options.unit?.id ??
      (role === "SUBMITTER"
        ? (await this.unit()).id
        : (await this.prisma.organization.findFirstOrThrow({ where: { kind: "EDITORIAL" }, select: { id: true } })).id);
    const user = await this.prisma.user.create({
      data: {
        email: `${role.toLowerCase()}-${tag}@e2e.local`,
        name: options.name ?? `Cán Bộ Kiểm Thử ${tag}`,
        role,
        organizationId,
        passwordHash: this.passwordHash,
      },
      select: { id: true, email: true, name: true, role: true },
    });
    return { ...user, organizationId, password: TEST_PASSWORD };
  }

  /**
   * A project of `unit`, with the text of a demo project (or `values`) under a name of its own, in the
   * state the test starts from. Published ones get their public address and dates as approval would.
   */
  async project(unit: TestUnit, options: ProjectOptions = {}): Promise<TestProject> {
    const status = options.status ?? "DRAFT";
    const model = demoProjects.find((demo) => demo.key === (options.model ?? "ben-cang-tong-hop-binh-tri"));
    if (!model) throw new Error(`no demo project ${options.model}`);
    const organization = await this.prisma.organization.findUniqueOrThrow({ where: { id: unit.id } });
    const name = options.name ?? `${model.name} (kiểm thử ${uniqueTag()})`;
    const values: ProjectDraftValues = { ...demoProjectValues(model, organization), name, ...options.values };
    const now = Date.now();
    const published = status === "PUBLISHED" || status === "ARCHIVED";
    const publishedAt = published ? new Date(now - (options.publishedDaysAgo ?? 10) * DAY_MS) : null;
    const slug = published
      ? await uniqueSlug(name, async (candidate) =>
          Boolean(await this.prisma.project.findUnique({ where: { slug: candidate }, select: { id: true } })),
        )
      : null;
    const created = await this.prisma.$transaction(
      (tx) =>
        createProjectWithValues(
          tx,
          {
            status,
            slug,
            organizationId: unit.id,
            createdById: options.createdBy?.id ?? null,
            formStep: options.formStep ?? FORM_STEP_COUNT,
            submittedAt: status === "DRAFT" ? null : (publishedAt ?? new Date(now)),
            publishedAt,
            lastConfirmedAt:
              publishedAt && options.confirmedDaysAgo !== undefined
                ? new Date(now - options.confirmedDaysAgo * DAY_MS)
                : publishedAt,
          },
          values,
        ),
      FIXTURE_TRANSACTION,
    );
    return { id: created.id, version: created.version, name, slug };
  }

  /** A sector or a location of its own, last in its list, as the admin's "add" makes one. */
  async reference(kind: "sector" | "location", name: string): Promise<{ id: string; code: string; name: string }> {
    const data = { code: `e2e-${kind}-${uniqueTag()}`, name, sortOrder: 10_000 };
    const select = { id: true, code: true, name: true } as const;
    return this.prisma.$transaction(async (tx) => {
      const created = kind === "sector" ? await tx.sector.create({ data, select }) : await tx.location.create({ data, select });
      // The servers' catalogue caches carry reference names: tell them the lists changed.
      await bumpReferenceVersion(tx);
      return created;
    }, FIXTURE_TRANSACTION);
  }

  /** The e2e database itself, for what no fixture covers (reading what a test wrote). */
  get database(): PrismaClient {
    return this.prisma;
  }
}

export const test = base.extend<{ data: TestData }, { e2eDatabase: { prisma: PrismaClient; passwordHash: string } }>({
  e2eDatabase: [
    // Playwright reads a fixture's dependencies from its first parameter's pattern: none here.
    async ({}, provide) => {
      const prisma = createPrismaClient(e2eDatabaseUrl(E2E_PORT));
      try {
        await provide({ prisma, passwordHash: await hashPassword(TEST_PASSWORD) });
      } finally {
        await prisma.$disconnect();
      }
    },
    { scope: "worker" },
  ],
  data: async ({ e2eDatabase }, provide) => {
    await provide(new TestData(e2eDatabase.prisma, e2eDatabase.passwordHash));
  },
});

export { expect } from "@playwright/test";
