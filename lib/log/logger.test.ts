import { describe, expect, it } from "vitest";
import { createLogger } from "./logger";
import { runWithRequestId } from "./request-context.mjs";

function capture() {
  const lines: Record<string, unknown>[] = [];
  const raw: string[] = [];
  const logger = createLogger({
    write(line: string) {
      raw.push(line);
      lines.push(JSON.parse(line) as Record<string, unknown>);
    },
  });
  return { logger, lines, raw };
}

describe("logger", () => {
  it("writes one JSON line with the level's name, an ISO time and the request id of the work in progress", () => {
    const { logger, lines } = capture();
    runWithRequestId("req-12345678", () => logger.info({ projectId: "p1" }, "Project saved"));
    logger.info("outside any request");
    expect(lines[0]).toMatchObject({ level: "info", requestId: "req-12345678", projectId: "p1", msg: "Project saved" });
    expect(new Date(lines[0]!.time as string).toISOString()).toBe(lines[0]!.time);
    expect(lines[1]).not.toHaveProperty("requestId");
  });

  it("keeps the request id across awaits", async () => {
    const { logger, lines } = capture();
    await runWithRequestId("req-async-1", async () => {
      await new Promise((resolve) => setTimeout(resolve, 5));
      logger.warn("after a wait");
    });
    expect(lines[0]).toMatchObject({ requestId: "req-async-1" });
  });

  it("never writes passwords, tokens, cookies or the credentials inside a URL", () => {
    const { logger, raw } = capture();
    logger.warn(
      {
        password: "Mật-khẩu-1",
        credentials: { email: "a@demo.local", password: "Mật-khẩu-2" },
        headers: { cookie: "session=abc", authorization: "Bearer xyz", "set-cookie": "s=1" },
        invitation: { user: { token: "token-3" } },
      },
      "Sign-in failed via smtp://portal:mat-khau-4@mail.example.vn:587",
    );
    logger.error({ err: new Error("connect postgresql://postgres:mat-khau-5@db:5432/portal refused") }, "Database down");
    const text = raw.join("");
    for (const secret of [
      "Mật-khẩu-1",
      "Mật-khẩu-2",
      "session=abc",
      "Bearer xyz",
      "s=1",
      "token-3",
      "mat-khau-4",
      "mat-khau-5",
    ]) {
      expect(text).not.toContain(secret);
    }
    expect(text).toContain("a@demo.local");
    expect(text).toContain("smtp://portal:[redacted]@mail.example.vn:587");
  });
});
