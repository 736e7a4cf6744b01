import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { isDemoMode } from "./demo-mode";

type Env = Record<string, string | undefined>;

/** Shortest secret accepted outside demo mode: `openssl rand -base64 32` gives 44 characters. */
const MIN_SECRET_LENGTH = 32;

/**
 * What a real deployment must set before it serves anyone, in words an operator can act on; empty
 * when all is well. A demo install needs nothing (see ensureServerSettings).
 */
export function productionSettingsProblems(env: Env): string[] {
  const problems: string[] = [];
  const secret = env.NEXTAUTH_SECRET ?? "";
  if (secret.length < MIN_SECRET_LENGTH) {
    problems.push(
      `NEXTAUTH_SECRET ${secret ? `quá ngắn (${secret.length} ký tự, cần ít nhất ${MIN_SECRET_LENGTH})` : "chưa được đặt"}: ` +
        "đây là khóa ký phiên đăng nhập. Tạo bằng: openssl rand -base64 32",
    );
  }
  let url: URL | null = null;
  try {
    url = env.NEXTAUTH_URL ? new URL(env.NEXTAUTH_URL) : null;
  } catch {
    url = null;
  }
  if (!url || url.protocol !== "https:") {
    problems.push(
      `NEXTAUTH_URL ${env.NEXTAUTH_URL ? `("${env.NEXTAUTH_URL}") không phải địa chỉ https://` : "chưa được đặt"}: ` +
        "đặt địa chỉ công khai của cổng, ví dụ https://dautu.kiengiang.gov.vn, để cookie đăng nhập chỉ đi qua HTTPS.",
    );
  }
  return problems;
}

/**
 * Makes sure the server can sign sessions before it starts. Outside demo mode it refuses to start
 * without an https address and a real secret, so cookies are Secure and nobody runs production on a
 * made-up key. A demo install makes a secret on first start and keeps it under data/, so sessions
 * survive a restart and no secret is ever committed.
 */
export function ensureServerSettings(root: string, env: Env = process.env): void {
  if (!isDemoMode(env)) {
    const problems = productionSettingsProblems(env);
    if (problems.length > 0) {
      console.error(
        `Máy chủ không khởi động: cấu hình cho môi trường thật còn thiếu.\n${problems.map((problem) => `  • ${problem}`).join("\n")}\n` +
          "(Chỉ để dùng thử trên máy của mình: PORTAL_DEMO=true.) Xem mục “Đưa vào vận hành” trong README.",
      );
      process.exit(1);
    }
    return;
  }
  if (env.NEXTAUTH_SECRET) return;
  const file = path.join(root, "data", ".auth-secret");
  if (!fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, crypto.randomBytes(32).toString("base64"), { mode: 0o600 });
  }
  env.NEXTAUTH_SECRET = fs.readFileSync(file, "utf8").trim();
}
