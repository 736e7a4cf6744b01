// The alerts' digests. No "server-only" marker: every app server runs this from its mail round
// (lib/mail/background-mail.ts) and `npm run alerts:send` runs it from the command line, each with its
// own database client.
import { PUBLIC_PROJECT_WHERE } from "@/lib/catalogue/published-where";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { AlertFrequency } from "@/lib/generated/prisma/enums";
import { enqueueMail } from "@/lib/mail/enqueue-mail";
import { DAY_MS } from "@/lib/time/day";
import { matchesAlert, parseAlertQuery, type AlertFilterNames, type AlertFilters } from "./alert-filters";
import { alertDigestMail, type DigestProject } from "./alert-mail";
import { alertPeriod, digestWindowStart } from "./alert-period";

/** How long a confirmation link works; unconfirmed requests older than this are deleted. */
export const CONFIRMATION_LIFETIME_MS = 7 * DAY_MS;

/** Subscriptions read per query. */
const BATCH = 200;

export interface DigestReport {
  /** Digests put in the outbox by this call. */
  sent: number;
  /** Subscriptions whose period had nothing new: recorded as handled, no mail. */
  empty: number;
}

const candidateSelect = {
  id: true,
  slug: true,
  name: true,
  unitName: true,
  searchText: true,
  capitalVnd: true,
  publishedAt: true,
  lastConfirmedAt: true,
  sector: { select: { code: true, name: true } },
  investmentForm: { select: { code: true } },
  locations: { select: { location: { select: { code: true, name: true, sortOrder: true } } } },
} as const;

async function referenceNames(db: PrismaClient) {
  const [sectors, locations, forms] = await Promise.all([
    db.sector.findMany({ select: { code: true, name: true } }),
    db.location.findMany({ select: { code: true, name: true } }),
    db.investmentForm.findMany({ select: { code: true, name: true } }),
  ]);
  const map = (rows: { code: string; name: string }[]) => new Map(rows.map((row) => [row.code, row.name]));
  return { sectors: map(sectors), locations: map(locations), forms: map(forms) };
}

/**
 * Puts in the outbox, for every confirmed subscription whose period (a day, or a week) has not been
 * handled yet, one digest of the published projects matching its filters that were published, or
 * updated or confirmed, since its last digest (or its confirmation). Idempotent: each subscription's
 * period is claimed by a conditional update in the same transaction as its mail, so a second call, or
 * another app server running at the same moment, sends nothing more for that period. A period with
 * nothing new is recorded too, with no mail. Drafts and unpublished projects never qualify: the
 * candidates come through the public rule (PUBLIC_PROJECT_WHERE).
 */
export async function sendDueDigests(db: PrismaClient, now = new Date()): Promise<DigestReport> {
  const report: DigestReport = { sent: 0, empty: 0 };
  // Requests never confirmed are forgotten after a week. In a transaction: on SQLite a bare write
  // could join another request's open transaction on the shared connection.
  await db.$transaction((tx) =>
    tx.alertSubscription.deleteMany({
      where: { confirmedAt: null, createdAt: { lt: new Date(now.getTime() - CONFIRMATION_LIFETIME_MS) } },
    }),
  );
  const periods: Record<AlertFrequency, string> = {
    DAILY: alertPeriod("DAILY", now).key,
    WEEKLY: alertPeriod("WEEKLY", now).key,
  };
  const dueWhere = (frequency: AlertFrequency) => ({
    frequency,
    OR: [{ lastPeriod: null }, { lastPeriod: { not: periods[frequency] } }],
  });
  let names: Awaited<ReturnType<typeof referenceNames>> | undefined;
  let after = "";
  for (;;) {
    const due = await db.alertSubscription.findMany({
      where: { confirmedAt: { not: null, lte: now }, id: { gt: after }, OR: [dueWhere("DAILY"), dueWhere("WEEKLY")] },
      orderBy: { id: "asc" },
      take: BATCH,
    });
    if (due.length === 0) break;
    after = due.at(-1)!.id;
    const known = (names ??= await referenceNames(db));
    const since = new Date(Math.min(...due.map((subscription) => digestWindowStart(subscription)!.getTime())));
    const candidates = await db.project.findMany({
      where: {
        AND: [
          PUBLIC_PROJECT_WHERE,
          { OR: [{ publishedAt: { gt: since, lte: now } }, { lastConfirmedAt: { gt: since, lte: now } }] },
        ],
      },
      select: candidateSelect,
      orderBy: [{ publishedAt: "desc" }, { id: "asc" }],
    });
    for (const subscription of due) {
      const start = digestWindowStart(subscription)!;
      const filters = parseAlertQuery(subscription.query);
      const created: DigestProject[] = [];
      const updated: DigestProject[] = [];
      for (const project of candidates) {
        const isNew = project.publishedAt !== null && project.publishedAt > start && project.publishedAt <= now;
        const isUpdated =
          !isNew && project.lastConfirmedAt !== null && project.lastConfirmedAt > start && project.lastConfirmedAt <= now;
        if (!isNew && !isUpdated) continue;
        const locations = project.locations.map(({ location }) => location).sort((a, b) => a.sortOrder - b.sortOrder);
        const candidate = {
          searchText: project.searchText,
          sectorCode: project.sector?.code ?? null,
          formCode: project.investmentForm?.code ?? null,
          locationCodes: locations.map((location) => location.code),
          capitalVnd: project.capitalVnd,
        };
        if (!matchesAlert(filters, candidate)) continue;
        (isNew ? created : updated).push({
          slug: project.slug!,
          name: project.name,
          sectorName: project.sector?.name ?? null,
          locationNames: locations.map((location) => location.name),
          capitalVnd: project.capitalVnd,
          unitName: project.unitName,
        });
      }
      const sent = await db.$transaction(async (tx) => {
        const claimed = await tx.alertSubscription.updateMany({
          where: { id: subscription.id, lastPeriod: subscription.lastPeriod, confirmedAt: { not: null } },
          data: { lastPeriod: periods[subscription.frequency], digestedUntil: now },
        });
        if (claimed.count !== 1) return null;
        if (created.length + updated.length === 0) return false;
        await enqueueMail(
          tx,
          alertDigestMail({
            subscriptionId: subscription.id,
            to: subscription.email,
            frequency: subscription.frequency,
            filters,
            names: namesFor(filters, known),
            created,
            updated,
          }),
        );
        return true;
      });
      if (sent === true) report.sent += 1;
      else if (sent === false) report.empty += 1;
    }
  }
  return report;
}

function namesFor(filters: AlertFilters, names: Awaited<ReturnType<typeof referenceNames>>): AlertFilterNames {
  return {
    sector: filters.sector ? names.sectors.get(filters.sector) : undefined,
    location: filters.location ? names.locations.get(filters.location) : undefined,
    form: filters.form ? names.forms.get(filters.form) : undefined,
  };
}
