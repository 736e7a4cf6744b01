import "server-only";
import { db } from "@/lib/db/client";
import { checkProofOfWork } from "@/lib/enquiries/proof-of-work";
import { releaseEnquirySlot, reserveFormSlot } from "@/lib/enquiries/enquiry-throttle";
import { InvalidInputError, TooManyRequestsError } from "@/lib/errors";
import { enqueueMail } from "@/lib/mail/enqueue-mail";
import { alertFiltersOf, alertQueryString } from "./alert-filters";
import { alertConfirmationMail } from "./alert-mail";
import type { SubscribeAlertValues } from "./alert-schema";
import { resolveAlertFilters } from "./alert-names";
import { newConfirmToken } from "./alert-tokens";

const PROOF_MESSAGES = {
  missing: "Vui lòng hoàn tất bước xác minh chống thư rác (ô “Tôi không phải là robot”) rồi gửi lại.",
  invalid: "Bước xác minh chống thư rác không hợp lệ. Vui lòng xác minh lại rồi gửi.",
  expired: "Bước xác minh chống thư rác đã hết hạn. Vui lòng xác minh lại rồi gửi.",
} as const;

/** What the visitor is told, whatever happened: the same words whether the address is new, waiting or already subscribed. */
export type AlertSubscribeOutcome = { received: true };

/**
 * "Nhận thông báo": saves the catalogue view's filters for an e-mail address and mails a confirmation
 * link; nothing else is sent to that address until the link is used (double opt-in). Spam is stopped
 * as on the expression-of-interest form (lib/enquiries/submit-enquiry.ts), with the same pieces: a
 * filled honeypot is answered as accepted and dropped; a missing, forged, expired or reused
 * proof-of-work is refused; each address and each e-mail may subscribe only a few times an hour.
 * The answer never says whether the address already had a subscription.
 */
export async function subscribeAlert(
  input: SubscribeAlertValues,
  address: string | null,
  now = new Date(),
): Promise<AlertSubscribeOutcome> {
  if (input.website?.trim()) return { received: true };
  const proof = await checkProofOfWork(input.altcha);
  if (!proof.ok) throw new InvalidInputError(PROOF_MESSAGES[proof.reason], { altcha: [PROOF_MESSAGES[proof.reason]] });
  const slot = await reserveFormSlot("alert", address, input.email, proof.signature, now);
  if (!slot.allowed) {
    if (slot.reason === "replayed") throw new InvalidInputError(PROOF_MESSAGES.invalid, { altcha: [PROOF_MESSAGES.invalid] });
    const minutes = Math.ceil(slot.retryAfterSeconds / 60);
    throw new TooManyRequestsError(
      `Ông/Bà đã đăng ký nhiều lần trong thời gian ngắn. Vui lòng thử lại sau khoảng ${minutes} phút.`,
      slot.retryAfterSeconds,
    );
  }
  // Stored the way the catalogue writes its URLs, so the same view saved twice is the same row.
  try {
    const { filters, names } = await resolveAlertFilters(alertFiltersOf(new URLSearchParams(input.query)));
    const query = alertQueryString(filters);
    await db.$transaction(async (tx) => {
      const existing = await tx.alertSubscription.findFirst({
        where: { email: input.email, query, frequency: input.frequency },
        select: { id: true, confirmedAt: true },
      });
      // Already receiving exactly this: nothing to confirm, and nothing to tell a stranger.
      if (existing?.confirmedAt) return;
      const { token, hash } = newConfirmToken();
      // Asked again before confirming: a new link replaces the old one.
      const subscription = existing
        ? await tx.alertSubscription.update({
            where: { id: existing.id },
            data: { confirmTokenHash: hash, createdAt: now },
            select: { id: true },
          })
        : await tx.alertSubscription.create({
            data: { email: input.email, query, frequency: input.frequency, confirmTokenHash: hash, createdAt: now },
            select: { id: true },
          });
      await enqueueMail(
        tx,
        alertConfirmationMail({
          subscriptionId: subscription.id,
          to: input.email,
          token,
          frequency: input.frequency,
          filters,
          names,
        }),
      );
    });
  } catch (error) {
    await releaseEnquirySlot(slot.id);
    throw error;
  }
  return { received: true };
}
