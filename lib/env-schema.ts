import { z } from "zod";
import { tileUrlProblem } from "@/lib/maps/tile-source.mjs";

/** The OC4IDS project id prefix until a registered one is set (kg: Kiên Giang; 0000: not registered). */
export const DEFAULT_OC4IDS_PREFIX = "oc4ids-kg0000-";

const milliseconds = (name: string, fallback: number) =>
  z.coerce.number().int(`${name} phải là số nguyên (mili giây)`).min(100).max(600_000).default(fallback);

/** An unset variable and one set to "" mean the same: not configured. */
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (typeof value === "string" && value.trim() === "" ? undefined : value), schema.optional());

/** "smtp://user:password@host:587" or "smtps://…:465"; never echoed in a message, it may hold a password. */
const smtpUrl = z
  .string()
  .trim()
  .refine((value) => {
    try {
      const url = new URL(value);
      return (url.protocol === "smtp:" || url.protocol === "smtps:") && url.hostname !== "";
    } catch {
      return false;
    }
  }, "SMTP_URL phải có dạng smtp://tên:mật-khẩu@máy-chủ:587 (hoặc smtps://…:465 cho TLS ngay từ đầu)");

/** "portal@example.gov.vn" or "Cổng thông tin <portal@example.gov.vn>". */
const mailFrom = z
  .string()
  .trim()
  .regex(
    /^(?:[^<>]*<[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+>|[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+)$/,
    "MAIL_FROM phải là một địa chỉ email, ví dụ: Cổng thông tin <congthongtin@kiengiang.gov.vn>",
  );

// Every setting the app reads from its environment, validated in one place. A wrong value stops the
// server with a message that names the variable.
const envSchema = z
  .object({
    DATABASE_URL: z.string().trim().optional(),
    // PostgreSQL connections per app process; several servers share the database's own limit.
    DATABASE_POOL_SIZE: z.coerce.number().int("DATABASE_POOL_SIZE phải là số nguyên").min(1).max(200).default(10),
    // A database that accepts connections but never answers must give an error page within seconds,
    // not hold every request: how long to wait for a connection, for one statement, and how long an
    // idle connection (or one idle inside a transaction) is kept.
    DATABASE_CONNECT_TIMEOUT_MS: milliseconds("DATABASE_CONNECT_TIMEOUT_MS", 3_000),
    DATABASE_STATEMENT_TIMEOUT_MS: milliseconds("DATABASE_STATEMENT_TIMEOUT_MS", 10_000),
    DATABASE_IDLE_TIMEOUT_MS: milliseconds("DATABASE_IDLE_TIMEOUT_MS", 30_000),
    FRESHNESS_PERIOD_DAYS: z.coerce.number().int("FRESHNESS_PERIOD_DAYS phải là số nguyên").min(1).max(3650).default(180),
    UPLOAD_DIR: z.string().trim().min(1).default("data/uploads"),
    TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(5).default(0),
    // The portal's public address: links in e-mails point here (npm start sets it to localhost:PORT).
    NEXTAUTH_URL: optional(z.url({ protocol: /^https?$/, error: "NEXTAUTH_URL phải là địa chỉ http:// hoặc https://" })),
    // Without it (a demo) mail is not sent: it stays in the outbox, readable at /admin/mail.
    SMTP_URL: optional(smtpUrl),
    MAIL_FROM: optional(mailFrom),
    // How often each app server looks for mail to send and notices that are due.
    MAIL_POLL_INTERVAL_MS: milliseconds("MAIL_POLL_INTERVAL_MS", 5_000),
    // Attempts per message before it is marked failed; retries wait 1, 2, 4 … minutes (lib/mail/retry-policy.ts).
    MAIL_MAX_ATTEMPTS: z.coerce.number().int("MAIL_MAX_ATTEMPTS phải là số nguyên").min(1).max(20).default(8),
    // The maps' background (lib/maps/tile-source.mjs): a tile template, unset for OpenStreetMap's,
    // "none" for a plain background; its attribution when it is not OpenStreetMap's.
    MAP_TILE_URL: optional(
      z
        .string()
        .trim()
        .superRefine((value, ctx) => {
          const problem = value.toLowerCase() === "none" ? null : tileUrlProblem(value);
          if (problem) ctx.addIssue({ code: "custom", message: problem });
        }),
    ),
    MAP_TILE_ATTRIBUTION: optional(z.string().trim().max(500)),
    LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
    BACKUP_DIR: z.string().trim().min(1).default("data/backups"),
    // Requests a minute one address may make to the open API (/api/projects, its exports, the OpenAPI
    // description), counted by each app server on its own; 0 turns the limit off (lib/http/rate-limit.ts).
    API_RATE_LIMIT_PER_MINUTE: z.coerce
      .number()
      .int("API_RATE_LIMIT_PER_MINUTE phải là số nguyên")
      .min(0)
      .max(100_000)
      .default(120),
    // The start of every project id in the OC4IDS package (/api/oc4ids): "oc4ids-" and the six
    // characters the Open Contracting Partnership registers for a publisher, then "-". The default
    // is a placeholder until the province has registered its own (README: "OC4IDS").
    OC4IDS_PREFIX: z
      .string()
      .trim()
      .regex(/^oc4ids-[a-z0-9]{6}-$/, "OC4IDS_PREFIX phải có dạng oc4ids-xxxxxx- (6 chữ thường hoặc số, do OCP cấp)")
      .default(DEFAULT_OC4IDS_PREFIX),
  })
  .refine((env) => !env.SMTP_URL || env.MAIL_FROM, {
    path: ["MAIL_FROM"],
    message: "MAIL_FROM chưa được đặt: cần địa chỉ người gửi khi đã cấu hình SMTP_URL",
  });

export type Env = z.infer<typeof envSchema>;

export function readEnv(source: Record<string, string | undefined> = process.env): Env {
  const result = envSchema.safeParse(source);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`).join("\n");
    throw new Error(`Cấu hình môi trường không hợp lệ:\n${problems}`);
  }
  return result.data;
}
