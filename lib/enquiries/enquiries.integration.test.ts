import { createChallenge, solveChallenge } from "altcha-lib";
import { deriveKey } from "altcha-lib/algorithms/sha";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CurrentUser } from "@/lib/auth/current-user";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { setUpIntegrationDatabase } from "@/tests/support/integration-database";
import { createTestUser } from "@/tests/support/test-users";
import type { EnquiryValues } from "./enquiry-schema";

const integration = setUpIntegrationDatabase();
let prisma: PrismaClient;
let submit: typeof import("./submit-enquiry");
let inbox: typeof import("./enquiry-inbox");
let pow: typeof import("./proof-of-work");

let owner: CurrentUser;
let otherUnit: CurrentUser;
let reviewer: CurrentUser;
let admin: CurrentUser;
let publishedId: string;
let draftId: string;

/** What the widget sends once it has solved a challenge of this portal. */
async function solvedProof(): Promise<string> {
  const challenge = await pow.createEnquiryChallenge();
  const solution = await solveChallenge({ challenge, deriveKey });
  return Buffer.from(JSON.stringify({ challenge, solution })).toString("base64");
}

async function values(overrides: Partial<EnquiryValues> = {}): Promise<EnquiryValues> {
  return {
    name: "Nguyễn Văn Đầu Tư",
    organization: "Công ty TNHH Hạ Tầng Mê Kông",
    country: "Việt Nam",
    email: "nha-dau-tu@example.vn",
    phone: "+84 912 345 678",
    message: "Chúng tôi quan tâm dự án, xin gửi thêm báo cáo tiền khả thi.",
    consent: true,
    website: "",
    altcha: await solvedProof(),
    ...overrides,
  };
}

beforeAll(async () => {
  process.env.NEXTAUTH_SECRET = "bí-mật-kiểm-thử-đủ-dài-để-ký-thử-thách-0123456789";
  prisma = integration.prisma;
  const a = await prisma.organization.create({
    data: { code: "a", name: "Sở A", kind: "DEPARTMENT", email: "so-a@example.gov.vn" },
  });
  const b = await prisma.organization.create({ data: { code: "b", name: "Huyện B", kind: "DISTRICT" } });
  owner = await createTestUser(prisma, "owner", "SUBMITTER", a.id);
  otherUnit = await createTestUser(prisma, "other", "SUBMITTER", b.id);
  reviewer = await createTestUser(prisma, "reviewer", "REVIEWER", null);
  admin = await createTestUser(prisma, "admin", "ADMIN", null);
  publishedId = (
    await prisma.project.create({
      data: {
        organizationId: a.id,
        name: "Cảng cá Tắc Cậu",
        status: "PUBLISHED",
        slug: "cang-ca-tac-cau",
        unitName: "Sở A",
        unitEmail: "lien-he-du-an@example.gov.vn",
        publishedAt: new Date(),
      },
    })
  ).id;
  draftId = (await prisma.project.create({ data: { organizationId: a.id, name: "Bản nháp" } })).id;
  submit = await import("./submit-enquiry");
  inbox = await import("./enquiry-inbox");
  pow = await import("./proof-of-work");
});

afterAll(() => {
  delete process.env.NEXTAUTH_SECRET;
});

describe("expressions of interest", () => {
  it("reach the unit's inbox and the call's contact by mail, and only the unit and admins read them", async () => {
    await submit.submitEnquiry(publishedId, await values(), "203.0.113.1");
    const stored = await prisma.enquiry.findFirstOrThrow({ where: { projectId: publishedId } });
    expect(stored).toMatchObject({ status: "NEW", email: "nha-dau-tu@example.vn", firstRepliedAt: null });
    const mail = await prisma.outboxMessage.findFirstOrThrow({ where: { kind: "enquiry.received" } });
    expect(mail.to).toBe("lien-he-du-an@example.gov.vn");
    expect(mail.text).toContain("Công ty TNHH Hạ Tầng Mê Kông");
    expect(mail.text).toContain(`/dashboard/enquiries/${stored.id}`);
    // The audit trail records the arrival, not the investor.
    const event = await prisma.auditEvent.findFirstOrThrow({ where: { action: "enquiry.receive" } });
    expect(JSON.stringify(event)).not.toContain("nha-dau-tu");

    expect((await inbox.listEnquiries(owner)).map((enquiry) => enquiry.id)).toEqual([stored.id]);
    expect((await inbox.listEnquiries(admin)).map((enquiry) => enquiry.id)).toEqual([stored.id]);
    expect(await inbox.listEnquiries(otherUnit)).toEqual([]);
    expect(await inbox.getEnquiry(otherUnit, stored.id)).toBeNull();
    await expect(inbox.listEnquiries(reviewer)).rejects.toThrow("không có quyền");
    expect(await inbox.countEnquiries(owner)).toEqual({ NEW: 1, ANSWERED: 0, CLOSED: 0 });
  });

  it("refuses calls that are not published, and never says whether a draft exists", async () => {
    await expect(submit.submitEnquiry(draftId, await values({ email: "a@example.vn" }), "203.0.113.2")).rejects.toThrow(
      "Không tìm thấy dự án",
    );
    await expect(submit.submitEnquiry("khong-co", await values({ email: "b@example.vn" }), "203.0.113.2")).rejects.toThrow(
      "Không tìm thấy dự án",
    );
    // From an English page the refusal is in English, and says no more.
    await expect(
      submit.submitEnquiry(draftId, await values({ email: "c@example.vn" }), "203.0.113.2", { locale: "en" }),
    ).rejects.toThrow("The project was not found, or it no longer accepts expressions of interest.");
  });

  it("drops a filled honeypot silently, and refuses a missing, forged, foreign, expired or reused proof-of-work", async () => {
    const before = await prisma.enquiry.count();
    expect(await submit.submitEnquiry(publishedId, await values({ website: "http://spam.example" }), "203.0.113.3")).toEqual({
      received: true,
    });
    expect(await prisma.enquiry.count()).toBe(before);

    const proofFailure = (promise: Promise<unknown>) =>
      promise.then(
        () => "accepted",
        (error: Error & { fieldErrors?: Record<string, string[]> }) => error.fieldErrors?.altcha?.[0] ?? error.message,
      );
    expect(await proofFailure(submit.submitEnquiry(publishedId, await values({ altcha: undefined }), "203.0.113.3"))).toMatch(
      /hoàn tất bước xác minh/,
    );
    expect(
      await proofFailure(submit.submitEnquiry(publishedId, await values({ altcha: undefined }), "203.0.113.3", { locale: "en" })),
    ).toBe("Please complete the anti-spam check (the “I'm not a robot” box) and send again.");
    expect(
      await proofFailure(submit.submitEnquiry(publishedId, await values({ altcha: "không-phải-base64" }), "203.0.113.3")),
    ).toMatch(/không hợp lệ/);
    // A solution with the counter changed, a challenge signed by someone else, an expired one.
    const real = JSON.parse(Buffer.from(await solvedProof(), "base64").toString()) as {
      challenge: unknown;
      solution: { counter: number; derivedKey: string };
    };
    const tampered = { ...real, solution: { ...real.solution, derivedKey: "00".repeat(32) } };
    expect(
      await proofFailure(
        submit.submitEnquiry(
          publishedId,
          await values({ altcha: Buffer.from(JSON.stringify(tampered)).toString("base64") }),
          "203.0.113.3",
        ),
      ),
    ).toMatch(/không hợp lệ/);
    const foreignChallenge = await createChallenge({
      algorithm: "SHA-256",
      cost: 1,
      counter: 5,
      deriveKey,
      hmacSignatureSecret: "khóa-của-kẻ-gian",
    });
    const foreign = { challenge: foreignChallenge, solution: await solveChallenge({ challenge: foreignChallenge, deriveKey }) };
    expect(
      await proofFailure(
        submit.submitEnquiry(
          publishedId,
          await values({ altcha: Buffer.from(JSON.stringify(foreign)).toString("base64") }),
          "203.0.113.3",
        ),
      ),
    ).toMatch(/không hợp lệ/);
    const old = await pow.createEnquiryChallenge(new Date(Date.now() - pow.CHALLENGE_LIFETIME_MS - 60_000));
    const expired = { challenge: old, solution: await solveChallenge({ challenge: old, deriveKey }) };
    expect(
      await proofFailure(
        submit.submitEnquiry(
          publishedId,
          await values({ altcha: Buffer.from(JSON.stringify(expired)).toString("base64") }),
          "203.0.113.3",
        ),
      ),
    ).toMatch(/hết hạn/);

    const once = await solvedProof();
    await submit.submitEnquiry(publishedId, await values({ email: "mot-lan@example.vn", altcha: once }), "203.0.113.3");
    expect(
      await proofFailure(
        submit.submitEnquiry(publishedId, await values({ email: "lan-hai@example.vn", altcha: once }), "203.0.113.3"),
      ),
    ).toMatch(/không hợp lệ/);
    expect(await prisma.enquiry.count()).toBe(before + 1);
  });

  it("limits each e-mail and each address, also under parallel requests, on every database", async () => {
    const now = new Date();
    const inputs = await Promise.all(Array.from({ length: 8 }, () => values({ email: "vol@example.vn" })));
    const results = await Promise.allSettled(
      inputs.map((input, n) => submit.submitEnquiry(publishedId, input, `198.51.100.${n}`, { now })),
    );
    // Never more than the limit; under PostgreSQL's read committed a refused request's row may still
    // be counted by a parallel one, so fewer may pass, as with sign-in throttling.
    const accepted = results.filter((result) => result.status === "fulfilled").length;
    expect(accepted).toBeGreaterThanOrEqual(1);
    expect(accepted).toBeLessThanOrEqual(3);
    expect(await prisma.enquiry.count({ where: { email: "vol@example.vn" } })).toBe(accepted);
    for (const result of results) {
      if (result.status === "rejected") expect(String(result.reason)).toContain("thử lại sau khoảng");
    }
    // One address, many e-mails: five an hour.
    const fromOne = [];
    for (let n = 0; n < 7; n += 1) {
      fromOne.push(
        await submit.submitEnquiry(publishedId, await values({ email: `nguoi-${n}@example.vn` }), "192.0.2.7", { now }).then(
          () => "ok",
          (error: Error) => error.name,
        ),
      );
    }
    expect(fromOne).toEqual(["ok", "ok", "ok", "ok", "ok", "TooManyRequestsError", "TooManyRequestsError"]);
    // An hour later the address may send again.
    const later = new Date(now.getTime() + 61 * 60 * 1000);
    await expect(
      submit.submitEnquiry(publishedId, await values({ email: "nguoi-moi@example.vn" }), "192.0.2.7", { now: later }),
    ).resolves.toEqual({ received: true });
  });

  it("lets the unit answer: the reply is mailed to the investor, kept on the thread, and the first answer's time kept", async () => {
    const enquiry = await prisma.enquiry.findFirstOrThrow({ where: { email: "nha-dau-tu@example.vn" } });
    await expect(inbox.replyToEnquiry(otherUnit, enquiry.id, "Tôi không phải đơn vị này")).rejects.toThrow(
      "Không tìm thấy yêu cầu.",
    );
    await inbox.replyToEnquiry(owner, enquiry.id, "Kính gửi ông, chúng tôi gửi kèm báo cáo.\nTrân trọng.");
    const answered = await prisma.enquiry.findUniqueOrThrow({ where: { id: enquiry.id } });
    expect(answered.status).toBe("ANSWERED");
    const first = answered.firstRepliedAt!;
    await inbox.replyToEnquiry(owner, enquiry.id, "Bổ sung: lịch khảo sát thực địa tuần sau.");
    expect((await prisma.enquiry.findUniqueOrThrow({ where: { id: enquiry.id } })).firstRepliedAt).toEqual(first);
    const thread = await inbox.getEnquiry(owner, enquiry.id);
    expect(thread?.replies.map((reply) => reply.body)).toEqual([
      "Kính gửi ông, chúng tôi gửi kèm báo cáo.\nTrân trọng.",
      "Bổ sung: lịch khảo sát thực địa tuần sau.",
    ]);
    const mails = await prisma.outboxMessage.findMany({ where: { kind: "enquiry.reply" }, orderBy: { createdAt: "asc" } });
    expect(mails.map((mail) => mail.to)).toEqual(["nha-dau-tu@example.vn", "nha-dau-tu@example.vn"]);
    expect(mails[0]!.text).toContain("> Kính gửi ông, chúng tôi gửi kèm báo cáo.");
    expect(mails[0]!.text).toContain("lien-he-du-an@example.gov.vn");

    await inbox.setEnquiryOpen(owner, enquiry.id, false);
    await expect(inbox.replyToEnquiry(owner, enquiry.id, "Sau khi đóng")).rejects.toThrow("đã đóng");
    expect((await inbox.setEnquiryOpen(owner, enquiry.id, true)).status).toBe("ANSWERED");
    await expect(inbox.setEnquiryOpen(otherUnit, enquiry.id, false)).rejects.toThrow("Không tìm thấy yêu cầu.");
  });

  it("is deleted at the investor's request by an admin only, with its thread and its mails", async () => {
    const enquiry = await prisma.enquiry.findFirstOrThrow({ where: { email: "nha-dau-tu@example.vn" } });
    await expect(inbox.deleteEnquiry(owner, enquiry.id)).rejects.toThrow("không có quyền");
    await inbox.deleteEnquiry(admin, enquiry.id);
    expect(await prisma.enquiry.findUnique({ where: { id: enquiry.id } })).toBeNull();
    expect(await prisma.enquiryReply.count({ where: { enquiryId: enquiry.id } })).toBe(0);
    expect(await prisma.outboxMessage.count({ where: { text: { contains: "nha-dau-tu@example.vn" } } })).toBe(0);
    expect(await prisma.outboxMessage.count({ where: { to: "nha-dau-tu@example.vn" } })).toBe(0);
    const trail = await prisma.auditEvent.findFirstOrThrow({ where: { action: "enquiry.delete" } });
    expect(trail).toMatchObject({ actorId: admin.id, comment: enquiry.id });
  });
});
