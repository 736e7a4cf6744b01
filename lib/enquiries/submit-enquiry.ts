import "server-only";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { PUBLIC_PROJECT_WHERE } from "@/lib/catalogue/published-where";
import { db } from "@/lib/db/client";
import { InvalidInputError, NotFoundError, TooManyRequestsError } from "@/lib/errors";
import { enqueueMail } from "@/lib/mail/enqueue-mail";
import type { Locale } from "@/lib/i18n/locales";
import { enquiryReceivedMail } from "./enquiry-mail";
import type { EnquiryValues } from "./enquiry-schema";
import { enquiryTranslator } from "./enquiry-texts";
import { checkProofOfWork } from "./proof-of-work";
import { releaseEnquirySlot, reserveEnquirySlot } from "./enquiry-throttle";

const PROOF_MESSAGES = {
  missing: "server.proofMissing",
  invalid: "server.proofInvalid",
  expired: "server.proofExpired",
} as const;

export type EnquiryOutcome = { received: true };

/**
 * An investor's expression of interest in a published call. Spam is stopped in order of cost: a
 * filled honeypot is answered as if accepted and dropped; a missing, forged, expired or reused
 * proof-of-work is refused; then each address and each e-mail may send only a few an hour. What gets
 * through is stored for the unit's inbox and mailed to the call's contact in one transaction.
 * `locale` is the language of the investor's page: refusals are worded in it, while the mail to the
 * unit stays Vietnamese (the unit reads Vietnamese).
 */
export async function submitEnquiry(
  projectId: string,
  input: EnquiryValues,
  address: string | null,
  { now = new Date(), locale = "vi" }: { now?: Date; locale?: Locale } = {},
): Promise<EnquiryOutcome> {
  const t = enquiryTranslator(locale);
  // A person never sees the honeypot; a bot that fills it learns nothing from the answer.
  if (input.website?.trim()) return { received: true };

  const proof = await checkProofOfWork(input.altcha);
  if (!proof.ok) {
    const message = t(PROOF_MESSAGES[proof.reason]);
    throw new InvalidInputError(message, { altcha: [message] });
  }

  const project = await db.project.findFirst({
    where: { AND: [{ id: projectId }, PUBLIC_PROJECT_WHERE] },
    select: {
      id: true,
      name: true,
      slug: true,
      unitEmail: true,
      contactName: true,
      organization: { select: { email: true } },
    },
  });
  if (!project) throw new NotFoundError(t("server.notFound"));

  const slot = await reserveEnquirySlot(address, input.email, proof.signature, now);
  if (!slot.allowed) {
    if (slot.reason === "replayed") {
      const message = t(PROOF_MESSAGES.invalid);
      throw new InvalidInputError(message, { altcha: [message] });
    }
    const minutes = Math.ceil(slot.retryAfterSeconds / 60);
    throw new TooManyRequestsError(t("server.tooMany", { minutes }), slot.retryAfterSeconds);
  }

  try {
    await db.$transaction(async (tx) => {
      const enquiry = await tx.enquiry.create({
        data: {
          projectId: project.id,
          name: input.name,
          organization: input.organization,
          country: input.country,
          email: input.email,
          phone: input.phone,
          message: input.message,
          consentAt: now,
          createdAt: now,
        },
        select: { id: true },
      });
      const to = project.unitEmail.trim() || project.organization.email.trim();
      if (to) await enqueueMail(tx, enquiryReceivedMail({ to, project, enquiryId: enquiry.id, input }));
      // The trail says that one arrived, never who sent it: the investor's details stay on the enquiry.
      await recordAuditEvent({ action: "enquiry.receive", projectId: project.id, comment: enquiry.id }, tx);
    });
  } catch (error) {
    await releaseEnquirySlot(slot.id);
    throw error;
  }
  return { received: true };
}
