// Before the browser tests: find a Chromium, or install one, or stop at once with the one command
// that would. Order: CHROMIUM_PATH; Debian's /usr/bin/chromium; installing Debian's package (as root,
// where apt reaches a mirror); Playwright's own download (where the network allows it).
import { spawnSync } from "node:child_process";
import fs from "node:fs";

const DEBIAN_CHROMIUM = "/usr/bin/chromium";

function run(command: string, args: string[]): boolean {
  return spawnSync(command, args, { stdio: "inherit", env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } }).status === 0;
}

function playwrightHasChromium(): boolean {
  const result = spawnSync(process.execPath, ["-e", "process.stdout.write(require('playwright').chromium.executablePath())"], {
    encoding: "utf8",
  });
  return result.status === 0 && fs.existsSync(result.stdout.trim());
}

function found(): string | null {
  if (process.env.CHROMIUM_PATH) return fs.existsSync(process.env.CHROMIUM_PATH) ? process.env.CHROMIUM_PATH : null;
  if (fs.existsSync(DEBIAN_CHROMIUM)) return DEBIAN_CHROMIUM;
  return playwrightHasChromium() ? "Playwright's Chromium" : null;
}

if (process.env.CHROMIUM_PATH && !fs.existsSync(process.env.CHROMIUM_PATH)) {
  console.error(
    `CHROMIUM_PATH="${process.env.CHROMIUM_PATH}" không tồn tại. Sửa biến này hoặc bỏ nó đi để dùng Chromium của Debian.`,
  );
  process.exit(1);
}
if (!found()) {
  const root = process.getuid?.() === 0;
  if (root && fs.existsSync("/usr/bin/apt-get")) {
    console.log("Chưa có Chromium: đang cài Chromium của Debian cho kiểm thử trình duyệt…");
    if (run("apt-get", ["update", "-qq"])) run("apt-get", ["install", "-y", "-qq", "chromium", "fonts-dejavu-core"]);
  }
  if (!found()) {
    console.log("Thử tải Chromium của Playwright…");
    run(process.execPath, ["node_modules/playwright/cli.js", "install", "chromium"]);
  }
  if (!found()) {
    console.error(
      "Không tìm thấy và không cài được Chromium cho kiểm thử trình duyệt. Chạy một trong hai lệnh rồi chạy lại npm test:\n" +
        "  sudo apt-get install chromium fonts-dejavu-core     (Debian, Ubuntu)\n" +
        "  npx playwright install chromium                     (nơi có Internet)\n" +
        "hoặc đặt CHROMIUM_PATH trỏ tới một Chromium có sẵn.",
    );
    process.exit(1);
  }
}
