// `npm run admin:create -- --email … [--name …]`: the first admin of an install without demo data, or
// a way back in for an admin locked out. Creates the account (or makes an existing one an admin) and
// prints a one-time link, valid 72 hours, to set its password. No mail is sent: the person at the
// server's console passes the link on.
import { parseArgs } from "node:util";
import { z } from "zod";
import { issueToken, TOKEN_LIFETIME_MS } from "@/lib/auth/one-time-tokens";
import { invitationPath, portalLink } from "@/lib/auth/portal-url";
import { createPrismaClient } from "@/lib/db/create-client";
import { emailField, textField } from "@/lib/validation/fields";

const USAGE = 'Cách dùng: npm run admin:create -- --email <email> [--name "Họ tên"]';

const argsSchema = z.strictObject({ email: emailField, name: z.optional(textField("Họ tên", 120)) });

export async function createAdmin(input: { email: string; name?: string }) {
  const prisma = createPrismaClient();
  try {
    return await prisma.$transaction(async (tx) => {
      const existing = await tx.user.findUnique({ where: { email: input.email }, select: { id: true, role: true } });
      const user = existing
        ? await tx.user.update({
            where: { id: existing.id },
            // A new role takes effect at once: the account's old sessions end.
            data: {
              role: "ADMIN",
              ...(input.name ? { name: input.name } : {}),
              ...(existing.role !== "ADMIN" ? { sessionVersion: { increment: 1 } } : {}),
            },
            select: { id: true, email: true },
          })
        : await tx.user.create({
            data: {
              email: input.email,
              name: input.name || input.email.split("@")[0]!,
              role: "ADMIN",
              active: false,
              passwordHash: null,
            },
            select: { id: true, email: true },
          });
      const token = await issueToken(tx, user.id, "INVITATION");
      await tx.auditEvent.create({
        data: {
          action: existing ? "admin.user.reinvite" : "admin.user.invite",
          comment: `${user.email} – Quản trị (npm run admin:create)`,
        },
      });
      return { created: !existing, link: portalLink(invitationPath(token)) };
    });
  } finally {
    await prisma.$disconnect();
  }
}

async function main(argv: string[]): Promise<number> {
  let values: { email?: string; name?: string };
  try {
    ({ values } = parseArgs({ args: argv, options: { email: { type: "string" }, name: { type: "string" } }, strict: true }));
  } catch {
    console.error(USAGE);
    return 1;
  }
  const parsed = argsSchema.safeParse(values);
  if (!parsed.success) {
    console.error(`${parsed.error.issues.map((issue) => issue.message).join("; ")}\n${USAGE}`);
    return 1;
  }
  const result = await createAdmin(parsed.data);
  const hours = TOKEN_LIFETIME_MS.INVITATION / 3_600_000;
  console.log(
    result.created ? `Đã tạo tài khoản quản trị ${parsed.data.email}.` : `Tài khoản ${parsed.data.email} nay là quản trị.`,
  );
  console.log(`Mở liên kết sau để đặt mật khẩu (dùng một lần, hết hạn sau ${hours} giờ):\n\n  ${result.link}\n`);
  console.log("Địa chỉ lấy từ NEXTAUTH_URL; nếu cổng chạy ở địa chỉ khác, hãy đặt NEXTAUTH_URL rồi chạy lại lệnh.");
  return 0;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    process.exitCode = await main(process.argv.slice(2));
  } catch (error) {
    console.error("Không tạo được tài khoản quản trị:", error instanceof Error ? error.message : error);
    process.exitCode = 1;
  }
}
