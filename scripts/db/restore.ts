// `npm run db:restore -- <backup folder> [--confirm-production]`: puts a backup made by npm run db:backup
// back, database and uploads. The current data is backed up first (a folder ending in
// "-before-restore"), so a restore of the wrong folder can itself be undone. On a real installation
// (not a demo) it only runs with --confirm-production. See backup-restore.ts.
import fs from "node:fs";
import { databaseProvider, databaseUrl, sqliteFilePath } from "@/lib/db/database-url";
import { readEnv } from "@/lib/env-schema";
import { formatDateTime } from "@/lib/format/date";
import { isDemoMode } from "../demo-mode";
import { createBackup, readManifest, restoreBackup } from "./backup-restore";

const CONFIRM = "--confirm-production";
const USAGE = `Cách dùng: npm run db:restore -- <thư mục sao lưu> [${CONFIRM}]   (ví dụ: data/backups/2026-11-30T02-00-00Z)`;

async function main(args: string[]): Promise<number> {
  const folder = args.find((arg) => !arg.startsWith("--"));
  const unknown = args.filter((arg) => arg.startsWith("--") && arg !== CONFIRM);
  if (!folder || unknown.length > 0 || args.filter((arg) => !arg.startsWith("--")).length !== 1) {
    console.error(USAGE);
    return 1;
  }
  const settings = readEnv();
  const url = databaseUrl();
  const manifest = readManifest(folder);
  const what = `bản sao lưu lúc ${formatDateTime(new Date(manifest.createdAt))} (${manifest.migrations.length} migration, ${manifest.uploads.files} tệp đính kèm)`;
  if (!isDemoMode() && !args.includes(CONFIRM)) {
    console.error(
      `Đây là cơ sở dữ liệu đang vận hành. Khôi phục sẽ thay TOÀN BỘ dữ liệu và tệp đính kèm hiện có bằng ${what}.\n` +
        `Hãy dừng các máy chủ ứng dụng, rồi chạy lại lệnh với ${CONFIRM}.`,
    );
    return 1;
  }
  const hasData = databaseProvider(url) === "postgresql" || fs.existsSync(sqliteFilePath(url));
  if (hasData) {
    const safety = await createBackup({
      databaseUrl: url,
      uploadDir: settings.UPLOAD_DIR,
      backupDir: settings.BACKUP_DIR,
      label: "before-restore",
    });
    console.log(`Dữ liệu hiện tại đã được sao lưu vào ${safety} (để hoàn tác nếu cần).`);
  }
  await restoreBackup({ folder, databaseUrl: url, uploadDir: settings.UPLOAD_DIR });
  console.log(`Đã khôi phục ${what}. Khởi động lại máy chủ (npm start) để áp dụng các migration mới hơn, nếu có.`);
  return 0;
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  console.error(`Không khôi phục được: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
