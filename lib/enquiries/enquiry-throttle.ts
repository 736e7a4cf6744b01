import "server-only";
import crypto from "node:crypto";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";

/** Expressions of interest one address may send in the window: a company's office shares one address. */
export const MAX_ENQUIRIES_PER_ADDRESS = 5;
/** Expressions of interest one e-mail address may send in the window, across all projects. */
export const MAX_ENQUIRIES_PER_EMAIL = 3;
export const ENQUIRY_WINDOW_MS = 60 * 60 * 1000;

/**
 * The public forms these limits guard, each with a budget of its own: an investor who has written to
 * three units may still subscribe to alerts. A solved proof-of-work is accepted once across all of them.
 */
export type ThrottledForm = "enquiry" | "alert";

/** Rows keep a digest, not the address or the e-mail itself: enough to count, useless to read. */
function digest(form: ThrottledForm, kind: string, value: string): string {
  // Enquiries' keys predate the other forms and stay as they were.
  if (form !== "enquiry") kind = `${form}:${kind}`;
  return crypto.createHash("sha256").update(`${kind}:${value.trim().toLowerCase()}`).digest("hex");
}

export type EnquirySlot =
  { allowed: true; id: string } | { allowed: false; reason: "address" | "email" | "replayed"; retryAfterSeconds: number };

/**
 * Reserves one expression of interest for (address, e-mail) under the proof-of-work the sender
 * solved, the way sign-in throttling reserves a password check (lib/auth/login-throttle.ts): the row
 * is committed before anything is counted, so under concurrent requests the k-th one counts at least
 * k rows and no more than the limit get through on either database. A refused request removes its
 * row again. A solved challenge is accepted once (its signature is unique), so one solution cannot
 * be replayed for many messages.
 */
export async function reserveEnquirySlot(
  address: string | null,
  email: string,
  challengeSignature: string,
  now = new Date(),
): Promise<EnquirySlot> {
  return reserveFormSlot("enquiry", address, email, challengeSignature, now);
}

/** The same reservation for any of the public forms (alerts: lib/alerts/subscribe-alert.ts). */
export async function reserveFormSlot(
  form: ThrottledForm,
  address: string | null,
  email: string,
  challengeSignature: string,
  now = new Date(),
): Promise<EnquirySlot> {
  const addressKey = digest(form, "address", address ?? "unknown");
  const emailKey = digest(form, "email", email);
  const since = new Date(now.getTime() - ENQUIRY_WINDOW_MS);
  let id: string;
  try {
    ({ id } = await db.enquiryAttempt.create({
      data: { addressKey, emailKey, challenge: challengeSignature, createdAt: now },
      select: { id: true },
    }));
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      return { allowed: false, reason: "replayed", retryAfterSeconds: 0 };
    }
    throw error;
  }
  const [forAddress, forEmail] = await Promise.all([
    db.enquiryAttempt.count({ where: { addressKey, createdAt: { gte: since } } }),
    db.enquiryAttempt.count({ where: { emailKey, createdAt: { gte: since } } }),
  ]);
  if (forAddress <= MAX_ENQUIRIES_PER_ADDRESS && forEmail <= MAX_ENQUIRIES_PER_EMAIL) {
    // Rows past the window (and past any challenge's lifetime) count for nothing: clear them here.
    await db.enquiryAttempt.deleteMany({ where: { createdAt: { lt: since } } });
    return { allowed: true, id };
  }
  await db.enquiryAttempt.deleteMany({ where: { id } });
  const oldest = await db.enquiryAttempt.findFirst({
    where:
      forAddress > MAX_ENQUIRIES_PER_ADDRESS
        ? { addressKey, createdAt: { gte: since } }
        : { emailKey, createdAt: { gte: since } },
    orderBy: { createdAt: "asc" },
    select: { createdAt: true },
  });
  const until = (oldest?.createdAt ?? now).getTime() + ENQUIRY_WINDOW_MS;
  return {
    allowed: false,
    reason: forAddress > MAX_ENQUIRIES_PER_ADDRESS ? "address" : "email",
    retryAfterSeconds: Math.max(1, Math.ceil((until - now.getTime()) / 1000)),
  };
}

/** The sending failed after the slot was taken (the project vanished): give the slot back. */
export async function releaseEnquirySlot(id: string): Promise<void> {
  await db.enquiryAttempt.deleteMany({ where: { id } });
}
