// `npm run alerts:send`: puts every alert digest due now in the outbox, once, and exits. The app servers
// do the same every quarter of an hour (lib/mail/background-mail.ts); running both is safe, as each
// subscription's period is claimed in the database (lib/alerts/send-due-digests.ts). The servers' mail
// worker (or `npm run mail:send`) then sends them. Needs NEXTAUTH_URL (the links) and NEXTAUTH_SECRET
// (the signed unsubscribe links) as the servers have them.
import "./load-env";
import path from "node:path";
import { sendDueDigests } from "@/lib/alerts/send-due-digests";
import { createPrismaClient } from "@/lib/db/create-client";
import { ensureServerSettings } from "./server-settings";

// The same settings check as `npm start`: a real secret and address outside demo mode, the demo's own
// secret (data/.auth-secret) in it, so the links match the servers'.
ensureServerSettings(path.resolve(import.meta.dirname, ".."));

const prisma = createPrismaClient();
try {
  const report = await sendDueDigests(prisma);
  console.log(`Đã xếp ${report.sent} thư thông báo vào hàng đợi; ${report.empty} đăng ký không có dự án mới trong kỳ.`);
} finally {
  await prisma.$disconnect();
}
