import { env } from "@/lib/env";
import type { Prisma } from "@/lib/generated/prisma/client";
import { DAY_MS } from "@/lib/time/day";

// One rule for "out of date", used by the public page, the catalogue's cards, the unit's dashboard
// and the quarterly reports. A unit is asked to confirm its information "after" the period, so
// information confirmed more than FRESHNESS_PERIOD_DAYS × 24 hours ago is out of date, measured to the
// millisecond: exactly 180 days is still current, 180.5 days is not. Whole days would let one page
// call a project current while another, counting differently, already flags it.

export interface Freshness {
  /** When the unit last confirmed the information, else when it was published ("Cập nhật lần cuối"). */
  confirmedAt: Date | null;
  stale: boolean;
}

/** Information confirmed before this instant is out of date at `now`. */
export function staleBefore(now = new Date(), periodDays = env.FRESHNESS_PERIOD_DAYS): Date {
  return new Date(now.getTime() - periodDays * DAY_MS);
}

export function projectFreshness(
  project: { lastConfirmedAt: Date | null; publishedAt: Date | null },
  now = new Date(),
  periodDays = env.FRESHNESS_PERIOD_DAYS,
): Freshness {
  const confirmedAt = project.lastConfirmedAt ?? project.publishedAt;
  return { confirmedAt, stale: confirmedAt !== null && confirmedAt.getTime() < staleBefore(now, periodDays).getTime() };
}

/** The same rule as a database filter: published projects whose information is out of date at `now`. */
export function staleProjectWhere(now = new Date(), periodDays = env.FRESHNESS_PERIOD_DAYS): Prisma.ProjectWhereInput {
  const threshold = staleBefore(now, periodDays);
  return {
    status: "PUBLISHED",
    OR: [{ lastConfirmedAt: { lt: threshold } }, { lastConfirmedAt: null, publishedAt: { lt: threshold } }],
  };
}
