import { solveChallenge } from "altcha-lib";
import { deriveKey } from "altcha-lib/algorithms/sha";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { seedReferenceData } from "@/prisma/seed/seed-reference-data";
import { createFixtureProjects } from "@/tests/support/catalogue-fixtures";
import { setUpIntegrationDatabase } from "@/tests/support/integration-database";
import { startTestSmtpServer, type TestSmtpServer } from "@/tests/support/test-smtp-server";
import type { SubscribeAlertValues } from "./alert-schema";

const integration = setUpIntegrationDatabase();
let prisma: PrismaClient;
let subscribe: typeof import("./subscribe-alert");
let manage: typeof import("./manage-subscription");
let digests: typeof import("./send-due-digests");
let pow: typeof import("@/lib/enquiries/proof-of-work");
let smtp: TestSmtpServer;

const HOUR = 60 * 60 * 1000;

async function solvedProof(): Promise<string> {
  const challenge = await pow.createEnquiryChallenge();
  const solution = await solveChallenge({ challenge, deriveKey });
  return Buffer.from(JSON.stringify({ challenge, solution })).toString("base64");
}

async function values(overrides: Partial<SubscribeAlertValues> = {}): Promise<SubscribeAlertValues> {
  return {
    email: "nha-dau-tu@example.vn",
    frequency: "DAILY",
    query: "sector=du-lich&location=phu-quoc&sort=name&page=2",
    website: "",
    altcha: await solvedProof(),
    ...overrides,
  };
}

/** The path of the link in a mail's text that starts with `prefix`. */
function linkIn(text: string, prefix: string): string {
  const link = text.match(/https?:\/\/\S+/g)?.find((url) => new URL(url).pathname.startsWith(prefix));
  if (!link) throw new Error(`no ${prefix} link in:\n${text}`);
  return new URL(link).pathname.slice(prefix.length);
}

async function mailsTo(email: string, kind: string) {
  return prisma.outboxMessage.findMany({ where: { to: email, kind }, orderBy: { createdAt: "asc" } });
}

async function subscribeAndConfirm(email: string, query: string, frequency: "DAILY" | "WEEKLY", confirmedAt: Date) {
  await subscribe.subscribeAlert(await values({ email, query, frequency }), `198.51.100.${Math.floor(Math.random() * 250)}`);
  const [mail] = await mailsTo(email, "alert.confirm");
  const token = linkIn(mail!.text, "/alerts/confirm/");
  expect(await manage.confirmSubscription(token, confirmedAt)).toMatchObject({ email, confirmed: true });
  return prisma.alertSubscription.findFirstOrThrow({ where: { email } });
}

beforeAll(async () => {
  process.env.NEXTAUTH_SECRET = "bí-mật-kiểm-thử-đủ-dài-để-ký-liên-kết-0123456789";
  process.env.NEXTAUTH_URL = "https://dautu.example.gov.vn";
  prisma = integration.prisma;
  await seedReferenceData(prisma);
  subscribe = await import("./subscribe-alert");
  manage = await import("./manage-subscription");
  digests = await import("./send-due-digests");
  pow = await import("@/lib/enquiries/proof-of-work");
  smtp = await startTestSmtpServer();
});

afterAll(async () => {
  await smtp?.close();
  delete process.env.NEXTAUTH_SECRET;
  delete process.env.NEXTAUTH_URL;
});

describe("subscribing to alerts", () => {
  it("saves the view's filters as the catalogue writes them and mails a confirmation link; nothing else until it is used", async () => {
    await expect(subscribe.subscribeAlert(await values(), "203.0.113.1")).resolves.toEqual({ received: true });
    const row = await prisma.alertSubscription.findFirstOrThrow({ where: { email: "nha-dau-tu@example.vn" } });
    expect(row).toMatchObject({ query: "sector=du-lich&location=phu-quoc", frequency: "DAILY", confirmedAt: null });
    const [mail] = await mailsTo("nha-dau-tu@example.vn", "alert.confirm");
    expect(mail!.text).toContain("– Ngành: Du lịch");
    expect(mail!.text).toContain("– Địa bàn: Thành phố Phú Quốc");
    const token = linkIn(mail!.text, "/alerts/confirm/");
    // Only the token's hash is stored.
    expect(JSON.stringify(row)).not.toContain(token);
    expect(mail!.unsubscribeUrl).toMatch(/^https:\/\/dautu\.example\.gov\.vn\/api\/alerts\/unsubscribe\/[a-z0-9]+\.[\w-]{43}$/);

    // Asking again before confirming sends a new link, which replaces the first.
    await subscribe.subscribeAlert(await values(), "203.0.113.1");
    const mails = await mailsTo("nha-dau-tu@example.vn", "alert.confirm");
    expect(mails).toHaveLength(2);
    expect(await prisma.alertSubscription.count({ where: { email: "nha-dau-tu@example.vn" } })).toBe(1);
    expect(await manage.confirmSubscription(token)).toBeNull();
    const newest = linkIn(mails[1]!.text, "/alerts/confirm/");
    expect(await manage.confirmSubscription(newest)).toMatchObject({ confirmed: true, frequency: "DAILY" });
    // The link used again changes nothing and still shows the subscription.
    expect(await manage.confirmSubscription(newest)).toMatchObject({ confirmed: true });

    // Already subscribed: the same answer, and no mail that would tell a stranger so.
    await expect(subscribe.subscribeAlert(await values(), "203.0.113.1")).resolves.toEqual({ received: true });
    expect(await mailsTo("nha-dau-tu@example.vn", "alert.confirm")).toHaveLength(2);
  });

  it("leaves out codes the catalogue does not know, and refuses a confirmation link after seven days", async () => {
    await subscribe.subscribeAlert(await values({ email: "cu@example.vn", query: "sector=khong-co&q=cảng" }), "203.0.113.2");
    const row = await prisma.alertSubscription.findFirstOrThrow({ where: { email: "cu@example.vn" } });
    expect(row.query).toBe("q=c%E1%BA%A3ng");
    const token = linkIn((await mailsTo("cu@example.vn", "alert.confirm"))[0]!.text, "/alerts/confirm/");
    const later = new Date(row.createdAt.getTime() + digests.CONFIRMATION_LIFETIME_MS + 1000);
    expect(await manage.confirmSubscription(token, later)).toBeNull();
    // The next digest run forgets the request.
    await digests.sendDueDigests(prisma, later);
    expect(await prisma.alertSubscription.count({ where: { email: "cu@example.vn" } })).toBe(0);
  });

  it("drops a filled honeypot silently and refuses a missing or reused proof-of-work", async () => {
    const before = await prisma.alertSubscription.count();
    await expect(
      subscribe.subscribeAlert(await values({ email: "bot@example.vn", website: "http://spam.example" }), "203.0.113.3"),
    ).resolves.toEqual({ received: true });
    expect(await prisma.alertSubscription.count()).toBe(before);
    expect(await mailsTo("bot@example.vn", "alert.confirm")).toHaveLength(0);

    const failure = (promise: Promise<unknown>) =>
      promise.then(
        () => "accepted",
        (error: Error & { fieldErrors?: Record<string, string[]> }) => error.fieldErrors?.altcha?.[0] ?? error.message,
      );
    expect(
      await failure(subscribe.subscribeAlert(await values({ email: "a@example.vn", altcha: undefined }), "203.0.113.3")),
    ).toMatch(/hoàn tất bước xác minh/);
    const once = await solvedProof();
    await subscribe.subscribeAlert(await values({ email: "mot-lan@example.vn", altcha: once }), "203.0.113.3");
    expect(
      await failure(subscribe.subscribeAlert(await values({ email: "lan-hai@example.vn", altcha: once }), "203.0.113.3")),
    ).toMatch(/không hợp lệ/);
    expect(await prisma.alertSubscription.count({ where: { email: "lan-hai@example.vn" } })).toBe(0);
  });

  it("limits each e-mail and each address an hour, with a budget apart from expressions of interest", async () => {
    const now = new Date();
    const perEmail = [];
    for (let n = 0; n < 4; n += 1) {
      perEmail.push(
        await subscribe
          .subscribeAlert(await values({ email: "vol@example.vn", query: `q=cang${n}` }), `192.0.2.${n + 10}`, now)
          .then(
            () => "ok",
            (error: Error) => error.name,
          ),
      );
    }
    expect(perEmail).toEqual(["ok", "ok", "ok", "TooManyRequestsError"]);
    const perAddress = [];
    for (let n = 0; n < 7; n += 1) {
      perAddress.push(
        await subscribe.subscribeAlert(await values({ email: `nguoi-${n}@example.vn` }), "192.0.2.99", now).then(
          () => "ok",
          (error: Error) => error.message,
        ),
      );
    }
    expect(perAddress.slice(0, 5)).toEqual(["ok", "ok", "ok", "ok", "ok"]);
    expect(perAddress[5]).toMatch(/thử lại sau khoảng \d+ phút/);
    // An hour later the address may subscribe again.
    await expect(
      subscribe.subscribeAlert(
        await values({ email: "nguoi-moi@example.vn" }),
        "192.0.2.99",
        new Date(now.getTime() + 61 * 60 * 1000),
      ),
    ).resolves.toEqual({ received: true });
  });
});

describe("digests", () => {
  it("list new and updated published matches once per period, never a draft, and stop after unsubscribing", async () => {
    // Only this test's subscriptions (the ones above were confirmed on today's clock).
    await prisma.alertSubscription.deleteMany({});
    const t0 = new Date("2026-12-01T02:00:00Z");
    const subscription = await subscribeAndConfirm("doc-gia@example.vn", "sector=du-lich&minCapital=500", "DAILY", t0);
    const other = await subscribeAndConfirm("khac@example.vn", "sector=giao-thong", "WEEKLY", t0);
    const pending = "chua-xac-nhan@example.vn";
    await subscribe.subscribeAlert(await values({ email: pending, query: "sector=du-lich" }), "203.0.113.50");

    const published = new Date(t0.getTime() + HOUR);
    await createFixtureProjects(prisma, [
      {
        name: "Khu du lịch sinh thái Hòn Thơm",
        sector: "du-lich",
        form: "trong-nuoc",
        locations: ["phu-quoc"],
        capitalTy: 1_200,
        publishedAt: published,
      },
      {
        name: "Bến du thuyền nhỏ",
        sector: "du-lich",
        form: "trong-nuoc",
        locations: ["ha-tien"],
        capitalTy: 100,
        publishedAt: published,
      },
      {
        name: "Nhà nghỉ BẢN NHÁP",
        status: "DRAFT",
        sector: "du-lich",
        form: "trong-nuoc",
        locations: ["phu-quoc"],
        capitalTy: 900,
      },
      {
        name: "Khu du lịch công bố từ trước",
        sector: "du-lich",
        form: "trong-nuoc",
        locations: ["kien-hai"],
        capitalTy: 800,
        publishedAt: new Date("2026-01-05T00:00:00Z"),
      },
    ]);
    const old = await prisma.project.findFirstOrThrow({ where: { name: "Khu du lịch công bố từ trước" } });

    const run = new Date(t0.getTime() + 2 * HOUR);
    // Two servers looking at the same moment: one digest.
    const [first, second] = await Promise.all([digests.sendDueDigests(prisma, run), digests.sendDueDigests(prisma, run)]);
    expect(first.sent + second.sent).toBe(1);
    expect(await digests.sendDueDigests(prisma, run)).toEqual({ sent: 0, empty: 0 });
    const [digest, ...more] = await mailsTo("doc-gia@example.vn", "alert.digest");
    expect(more).toHaveLength(0);
    expect(digest!.subject).toBe("Thông báo dự án kêu gọi đầu tư: 1 dự án mới");
    expect(digest!.text).toContain("Khu du lịch sinh thái Hòn Thơm");
    expect(digest!.text).toContain("https://dautu.example.gov.vn/projects/khu-du-lich-sinh-thai-hon-thom");
    expect(digest!.text).not.toContain("Bến du thuyền nhỏ");
    expect(digest!.text).not.toContain("BẢN NHÁP");
    expect(digest!.text).not.toContain("công bố từ trước");
    // Nothing for the other sector (its period is recorded), nothing for an unconfirmed request.
    expect(await mailsTo("khac@example.vn", "alert.digest")).toHaveLength(0);
    expect((await prisma.alertSubscription.findUniqueOrThrow({ where: { id: other.id } })).lastPeriod).toBe("W2026-11-30");
    expect(await mailsTo(pending, "alert.digest")).toHaveLength(0);

    // The next day: an older project confirmed (or republished after an edit) is an update.
    const nextDay = new Date("2026-12-02T01:00:00Z");
    await prisma.project.update({ where: { id: old.id }, data: { lastConfirmedAt: new Date("2026-12-01T20:00:00Z") } });
    expect(await digests.sendDueDigests(prisma, nextDay)).toEqual({ sent: 1, empty: 0 });
    const update = (await mailsTo("doc-gia@example.vn", "alert.digest"))[1]!;
    expect(update.subject).toBe("Thông báo dự án kêu gọi đầu tư: 1 dự án cập nhật");
    expect(update.text).toContain("DỰ ÁN ĐƯỢC CẬP NHẬT");
    expect(update.text).toContain("Khu du lịch công bố từ trước");
    expect(update.text).not.toContain("Hòn Thơm");

    // The mail's one-click link ends it; a forged one does nothing.
    const token = linkIn(update.text, "/alerts/unsubscribe/");
    expect(update.unsubscribeUrl).toBe(`https://dautu.example.gov.vn/api/alerts/unsubscribe/${token}`);
    expect(await manage.unsubscribe(`${subscription.id}.${"A".repeat(43)}`)).toBe(false);
    expect(await manage.findByUnsubscribeToken(token)).toMatchObject({ email: "doc-gia@example.vn" });
    expect(await manage.unsubscribe(token)).toBe(true);
    expect(await prisma.alertSubscription.findUnique({ where: { id: subscription.id } })).toBeNull();
    expect(await manage.findByUnsubscribeToken(token)).toBeNull();
    expect(await manage.unsubscribe(token)).toBe(true);
    await prisma.project.update({ where: { id: old.id }, data: { lastConfirmedAt: new Date("2026-12-02T20:00:00Z") } });
    await digests.sendDueDigests(prisma, new Date("2026-12-03T01:00:00Z"));
    expect(await mailsTo("doc-gia@example.vn", "alert.digest")).toHaveLength(2);
  });

  it("reach the mail server with List-Unsubscribe and List-Unsubscribe-Post", async () => {
    const { createSmtpSender } = await import("@/lib/mail/smtp-sender");
    const { drainOutbox, newWorkerId } = await import("@/lib/mail/mail-worker");
    const sender = createSmtpSender(smtp.url, "Cổng <congthongtin@example.gov.vn>");
    const { logger } = await import("@/lib/log/logger");
    await prisma.outboxMessage.updateMany({ where: { kind: { not: "alert.digest" } }, data: { status: "SENT" } });
    try {
      await drainOutbox({ db: prisma, sender, workerId: newWorkerId(), maxAttempts: 3, log: logger });
    } finally {
      sender.close();
    }
    const mail = smtp.received.find((each) => each.subject?.startsWith("Thông báo dự án kêu gọi đầu tư"));
    expect(mail).toBeDefined();
    const header = (name: string) => mail!.headerLines.find((line) => line.key === name)?.line.replace(/\s+/g, " ");
    expect(header("list-unsubscribe")).toMatch(
      /^List-Unsubscribe: <https:\/\/dautu\.example\.gov\.vn\/api\/alerts\/unsubscribe\/[a-z0-9]+\.[\w-]{43}>/,
    );
    expect(header("list-unsubscribe-post")).toBe("List-Unsubscribe-Post: List-Unsubscribe=One-Click");
  });
});
