import "server-only";
import fs from "node:fs/promises";
import path from "node:path";
import { env } from "@/lib/env";
import { StorageFullError } from "@/lib/errors";
import { STORED_NAME, newStoredName, temporaryNameFor } from "./stored-file-names";

function uploadDir(): string {
  // The folder is configuration, not a project path: keep the bundler from tracing the whole repo.
  return path.resolve(/*turbopackIgnore: true*/ env.UPLOAD_DIR);
}

function isDiskFull(error: unknown): boolean {
  return error instanceof Error && "code" in error && (error.code === "ENOSPC" || error.code === "EDQUOT");
}

/** Removes a file we no longer want; a failure is only logged, as the sweep will find the file. */
async function discard(file: string): Promise<void> {
  await fs.rm(file, { force: true }).catch((error: unknown) => console.error("Could not remove attachment file", file, error));
}

/**
 * Writes the bytes under a generated name (never the user's), outside public/. The file only gets
 * that name once its bytes are on disk (written to a temporary name, flushed, renamed, and the
 * folder flushed so the rename survives a power cut), so a crash or a full disk never leaves a
 * truncated file that a row could point to; on any failure nothing of this upload stays behind.
 */
export async function storeAttachmentFile(bytes: Uint8Array, extension: string): Promise<string> {
  const dir = uploadDir();
  const storedName = newStoredName(extension);
  const finalPath = path.join(/*turbopackIgnore: true*/ dir, storedName);
  const temporaryPath = path.join(/*turbopackIgnore: true*/ dir, temporaryNameFor(storedName));
  try {
    await fs.mkdir(dir, { recursive: true });
    const file = await fs.open(temporaryPath, "wx");
    try {
      await file.writeFile(bytes);
      await file.sync();
    } finally {
      await file.close();
    }
    await fs.rename(temporaryPath, finalPath);
    const folder = await fs.open(dir, "r");
    try {
      await folder.sync();
    } finally {
      await folder.close();
    }
  } catch (error) {
    await discard(temporaryPath);
    await discard(finalPath);
    if (isDiskFull(error)) {
      console.error("Upload folder is full", dir, error);
      throw new StorageFullError();
    }
    throw error;
  }
  return storedName;
}

function storedPath(storedName: string): string {
  // Stored names are generated above; refuse anything else rather than trust the database row.
  if (!STORED_NAME.test(storedName)) throw new Error("Tên tệp lưu trữ không hợp lệ");
  return path.join(/*turbopackIgnore: true*/ uploadDir(), storedName);
}

export async function readAttachmentFile(storedName: string): Promise<Buffer> {
  return fs.readFile(storedPath(storedName));
}

/** Removes a file whose row is gone (or never came); never fails the request that asked for it. */
export async function discardAttachmentFile(storedName: string): Promise<void> {
  await discard(storedPath(storedName));
}
