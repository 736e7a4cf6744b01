import fs from "node:fs/promises";
import path from "node:path";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { STORED_NAME, TEMPORARY_NAME } from "./stored-file-names";

// Not "server-only": the sweep runs from scripts (npm start, npm run attachments:sweep), with a
// client of their own, as the seed does.

/**
 * How old a file without a row must be before the sweep removes it. Longer than any upload takes
 * from its first byte on disk to its committed row (a 10 MB write, a flush, a transaction that may
 * wait seconds for a lock) on any of the servers sharing the folder, with room for their clocks to
 * disagree: a younger file may be another server's upload in flight.
 */
export const SWEEP_GRACE_MS = 60 * 60 * 1000;

/**
 * Names the database whose rows say which files are wanted; written by the first sweep. Removing
 * every file that database does not know would empty a folder that belongs to another database
 * (a developer trying PostgreSQL beside the SQLite demo, say), so the sweep then does nothing.
 */
const OWNER_FILE = ".portal-database";

const PAGE = 5000;

interface MissingFile {
  id: string;
  projectId: string;
  originalName: string;
  storedName: string;
}

interface SweepDone {
  ok: true;
  /** Complete files no row names, older than the grace period. */
  removedOrphans: string[];
  /** Leftovers of writes that never finished, older than the grace period. */
  removedTemporary: string[];
  /** Files without a row yet, young enough to be uploads in flight: left alone. */
  recentWithoutRow: number;
  filesWithRow: number;
  /** Rows whose file is not on disk: reported, never deleted (a backup may still hold the file). */
  missingFiles: MissingFile[];
}

export type SweepReport = SweepDone | { ok: false; folderDatabase: string };

async function storedNamesInDatabase(prisma: PrismaClient): Promise<Set<string>> {
  const names = new Set<string>();
  for (let after = ""; ;) {
    const page = await prisma.attachment.findMany({
      where: { id: { gt: after } },
      select: { id: true, storedName: true },
      orderBy: { id: "asc" },
      take: PAGE,
    });
    for (const row of page) names.add(row.storedName);
    if (page.length < PAGE) return names;
    after = page.at(-1)!.id;
  }
}

function isMissing(error: unknown): boolean {
  return error instanceof Error && "code" in error && error.code === "ENOENT";
}

/** Modification time in ms, or null if the file went meanwhile (deleted by its owner, say). */
async function modifiedAt(file: string): Promise<number | null> {
  try {
    return (await fs.stat(file)).mtimeMs;
  } catch (error) {
    if (isMissing(error)) return null;
    throw error;
  }
}

/**
 * Brings the upload folder and the attachment rows back in line after crashes: removes files no
 * row names and half-written temporary files, both only once older than the grace period, and
 * reports rows whose file is gone. Touches only names the storage generates.
 */
export async function sweepAttachmentFiles(
  prisma: PrismaClient,
  options: { uploadDir: string; database: string; now?: number; graceMs?: number },
): Promise<SweepReport> {
  const { uploadDir, database, now = Date.now(), graceMs = SWEEP_GRACE_MS } = options;
  const ownerFile = path.join(uploadDir, OWNER_FILE);
  const owner = await fs.readFile(ownerFile, "utf8").then(
    (text) => text.trim(),
    (error: unknown) => {
      if (isMissing(error)) return null;
      throw error;
    },
  );
  if (owner !== null && owner !== database) return { ok: false, folderDatabase: owner };

  // Rows first, then the folder: a row is committed only after its file got its name, so a file
  // that is not listed was lost, or removed together with a row deleted meanwhile (read again below).
  const wanted = await storedNamesInDatabase(prisma);
  const names = await fs.readdir(uploadDir).catch((error: unknown) => {
    if (isMissing(error)) return [];
    throw error;
  });
  if (owner === null && names.length > 0) await fs.writeFile(ownerFile, `${database}\n`);

  const report: SweepDone = {
    ok: true,
    removedOrphans: [],
    removedTemporary: [],
    recentWithoutRow: 0,
    filesWithRow: 0,
    missingFiles: [],
  };
  for (const name of names) {
    const temporary = TEMPORARY_NAME.test(name);
    if (!temporary && !STORED_NAME.test(name)) continue;
    if (!temporary && wanted.has(name)) {
      report.filesWithRow += 1;
      continue;
    }
    const modified = await modifiedAt(path.join(uploadDir, name));
    if (modified === null) continue;
    if (modified > now - graceMs) {
      report.recentWithoutRow += 1;
      continue;
    }
    await fs.rm(path.join(uploadDir, name), { force: true });
    (temporary ? report.removedTemporary : report.removedOrphans).push(name);
  }

  const listed = new Set(names);
  const absent = [...wanted].filter((name) => !listed.has(name));
  for (let start = 0; start < absent.length; start += PAGE) {
    report.missingFiles.push(
      ...(await prisma.attachment.findMany({
        where: { storedName: { in: absent.slice(start, start + PAGE) } },
        select: { id: true, projectId: true, originalName: true, storedName: true },
        orderBy: { createdAt: "asc" },
      })),
    );
  }
  return report;
}
