// `npm run attachments:sweep`: brings the upload folder (UPLOAD_DIR) and the attachment rows of
// DATABASE_URL's database back in line after crashes, and says what it did. `npm start` runs it
// too, before serving; it is safe beside running servers (see SWEEP_GRACE_MS).
import path from "node:path";
import { SWEEP_GRACE_MS, sweepAttachmentFiles, type SweepReport } from "@/lib/attachments/sweep-attachment-files";
import { createPrismaClient } from "@/lib/db/create-client";
import { databaseProvider, databaseUrl, sqliteFilePath } from "@/lib/db/database-url";
import { readEnv } from "@/lib/env-schema";

/** Which database a folder belongs to: stable across password changes, and free of secrets. */
function databaseName(url: string): string {
  if (databaseProvider(url) === "sqlite") return `sqlite:${sqliteFilePath(url)}`;
  const { hostname, port, pathname } = new URL(url);
  return `postgresql://${hostname}:${port || "5432"}${pathname}`;
}

const MISSING_SHOWN = 20;

function list(names: string[]): string {
  return names.length > 5 ? `${names.slice(0, 5).join(", ")}, …` : names.join(", ");
}

/** One line per thing done or found; none when the folder and the rows already agree. */
export function describeSweep(report: SweepReport, database: string): string[] {
  if (!report.ok) {
    return [
      `Không dọn: thư mục này thuộc cơ sở dữ liệu ${report.folderDatabase}, không phải ${database}.`,
      "Nếu đúng là đã chuyển cơ sở dữ liệu, hãy xóa tệp .portal-database trong thư mục rồi chạy lại.",
    ];
  }
  const minutes = SWEEP_GRACE_MS / 60_000;
  const lines: string[] = [];
  if (report.removedOrphans.length > 0) {
    lines.push(
      `Đã xóa ${report.removedOrphans.length} tệp không thuộc hồ sơ nào (cũ hơn ${minutes} phút): ${list(report.removedOrphans)}.`,
    );
  }
  if (report.removedTemporary.length > 0) {
    lines.push(
      `Đã xóa ${report.removedTemporary.length} tệp tạm của lần tải lên bị gián đoạn: ${list(report.removedTemporary)}.`,
    );
  }
  if (report.recentWithoutRow > 0) {
    lines.push(`Để lại ${report.recentWithoutRow} tệp chưa có bản ghi nhưng mới hơn ${minutes} phút (có thể đang được tải lên).`);
  }
  if (report.missingFiles.length > 0) {
    lines.push(
      `${report.missingFiles.length} tệp đính kèm có trong cơ sở dữ liệu nhưng không còn trên đĩa (cần khôi phục từ bản sao lưu):`,
    );
    for (const file of report.missingFiles.slice(0, MISSING_SHOWN)) {
      lines.push(`  “${file.originalName}” — dự án ${file.projectId}, tệp ${file.storedName}`);
    }
    // Hundreds missing means a wrong UPLOAD_DIR more likely than lost files: the count says enough.
    if (report.missingFiles.length > MISSING_SHOWN) lines.push(`  … và ${report.missingFiles.length - MISSING_SHOWN} tệp khác.`);
  }
  return lines;
}

/** Sweeps the configured folder against the configured database. */
export async function sweepAttachments(): Promise<{ folder: string; database: string; report: SweepReport }> {
  const url = databaseUrl();
  const database = databaseName(url);
  const folder = path.resolve(readEnv().UPLOAD_DIR);
  const prisma = createPrismaClient(url);
  try {
    return { folder, database, report: await sweepAttachmentFiles(prisma, { uploadDir: folder, database }) };
  } finally {
    await prisma.$disconnect();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  sweepAttachments().then(
    ({ folder, database, report }) => {
      const lines = describeSweep(report, database);
      console.log(`Thư mục tệp đính kèm: ${folder}`);
      if (lines.length > 0) console.log(lines.join("\n"));
      else if (report.ok) console.log(`Không có gì phải dọn: ${report.filesWithRow} tệp khớp với cơ sở dữ liệu.`);
    },
    (error: unknown) => {
      console.error("Không dọn được thư mục tệp đính kèm:", error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}
