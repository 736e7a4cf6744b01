import "server-only";
import crypto from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import { env } from "@/lib/env";

function uploadDir(): string {
  // The folder is configuration, not a project path: keep the bundler from tracing the whole repo.
  return path.resolve(/*turbopackIgnore: true*/ env.UPLOAD_DIR);
}

/** Writes the bytes under a generated name (never the user's), outside public/. */
export async function storeAttachmentFile(bytes: Uint8Array, extension: string): Promise<string> {
  const storedName = `${crypto.randomUUID()}.${extension}`;
  await fs.mkdir(uploadDir(), { recursive: true });
  await fs.writeFile(path.join(/*turbopackIgnore: true*/ uploadDir(), storedName), bytes, { flag: "wx" });
  return storedName;
}

function storedPath(storedName: string): string {
  // Stored names are generated above; refuse anything else rather than trust the database row.
  if (!/^[0-9a-f-]{36}\.[a-z]{2,5}$/.test(storedName)) throw new Error("Tên tệp lưu trữ không hợp lệ");
  return path.join(/*turbopackIgnore: true*/ uploadDir(), storedName);
}

export async function readAttachmentFile(storedName: string): Promise<Buffer> {
  return fs.readFile(storedPath(storedName));
}

export async function deleteAttachmentFile(storedName: string): Promise<void> {
  await fs.rm(storedPath(storedName), { force: true });
}
