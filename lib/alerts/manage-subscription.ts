import "server-only";
import { db } from "@/lib/db/client";
import type { AlertFrequency } from "@/lib/generated/prisma/enums";
import { parseAlertQuery, type AlertFilterNames, type AlertFilters } from "./alert-filters";
import { resolveAlertFilters } from "./alert-names";
import { confirmTokenHash, verifyUnsubscribeToken } from "./alert-tokens";
import { CONFIRMATION_LIFETIME_MS } from "./send-due-digests";

// The two things a subscriber does from a mail, without signing in: confirm, and unsubscribe. The
// links only open a page; the change is a POST from its button (or from the mail client's one-click
// unsubscribe), so a mail scanner that follows links changes nothing.

export interface SubscriptionView {
  email: string;
  frequency: AlertFrequency;
  filters: AlertFilters;
  names: AlertFilterNames;
  confirmed: boolean;
}

async function viewOf(row: { email: string; frequency: AlertFrequency; query: string; confirmedAt: Date | null }) {
  const { filters, names } = await resolveAlertFilters(parseAlertQuery(row.query));
  return { email: row.email, frequency: row.frequency, filters, names, confirmed: row.confirmedAt !== null };
}

const viewSelect = { id: true, email: true, frequency: true, query: true, confirmedAt: true, createdAt: true } as const;

/** The subscription a confirmation link still opens (within its 7 days), or null. */
export async function findByConfirmToken(token: string, now = new Date()): Promise<SubscriptionView | null> {
  const hash = confirmTokenHash(token);
  if (!hash) return null;
  const row = await db.alertSubscription.findUnique({ where: { confirmTokenHash: hash }, select: viewSelect });
  if (!row || (!row.confirmedAt && now.getTime() - row.createdAt.getTime() > CONFIRMATION_LIFETIME_MS)) return null;
  return viewOf(row);
}

/** Confirms the subscription; a second use of the same link changes nothing. Null for a link that opens nothing. */
export async function confirmSubscription(token: string, now = new Date()): Promise<SubscriptionView | null> {
  const hash = confirmTokenHash(token);
  if (!hash) return null;
  const since = new Date(now.getTime() - CONFIRMATION_LIFETIME_MS);
  await db.$transaction((tx) =>
    tx.alertSubscription.updateMany({
      where: { confirmTokenHash: hash, confirmedAt: null, createdAt: { gte: since } },
      data: { confirmedAt: now },
    }),
  );
  return findByConfirmToken(token, now);
}

/** The subscription an unsubscribe link names, or null (a forged link, or one already used). */
export async function findByUnsubscribeToken(token: string): Promise<SubscriptionView | null> {
  const id = verifyUnsubscribeToken(token);
  if (!id) return null;
  const row = await db.alertSubscription.findUnique({ where: { id }, select: viewSelect });
  return row ? viewOf(row) : null;
}

/**
 * Ends the subscription: the row is deleted, with the address, so nothing is kept of someone who
 * left. Returns whether the link was a real one (used again, it still answers "unsubscribed").
 */
export async function unsubscribe(token: string): Promise<boolean> {
  const id = verifyUnsubscribeToken(token);
  if (!id) return false;
  await db.$transaction((tx) => tx.alertSubscription.deleteMany({ where: { id } }));
  return true;
}
