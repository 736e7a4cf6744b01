import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { isDemoMode } from "./demo-mode";

/**
 * Makes sure next-auth has a signing secret before the server starts. A real deployment must set
 * NEXTAUTH_SECRET; a demo install makes one on first start and keeps it under data/, so
 * sessions survive a restart and no secret is ever committed.
 */
export function ensureAuthSecret(root: string): void {
  if (process.env.NEXTAUTH_SECRET) return;
  if (!isDemoMode()) {
    console.error(
      "Thiếu NEXTAUTH_SECRET: máy chủ không khởi động khi không có khóa ký phiên đăng nhập.\n" +
        "Tạo một khóa bằng: openssl rand -base64 32  rồi đặt biến môi trường NEXTAUTH_SECRET.",
    );
    process.exit(1);
  }
  const file = path.join(root, "data", ".auth-secret");
  if (!fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, crypto.randomBytes(32).toString("base64"), { mode: 0o600 });
  }
  process.env.NEXTAUTH_SECRET = fs.readFileSync(file, "utf8").trim();
}
