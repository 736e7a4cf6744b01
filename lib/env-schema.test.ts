import { describe, expect, it } from "vitest";
import { readEnv } from "./env-schema";

describe("mail settings", () => {
  it("leaves mail off when SMTP_URL is unset or empty", () => {
    expect(readEnv({}).SMTP_URL).toBeUndefined();
    expect(readEnv({ SMTP_URL: "  ", MAIL_FROM: "" }).SMTP_URL).toBeUndefined();
  });

  it("accepts smtp:// and smtps:// with a sender", () => {
    const env = readEnv({
      SMTP_URL: "smtp://portal:p%40ss@mail.kiengiang.gov.vn:587",
      MAIL_FROM: "Cổng thông tin <congthongtin@kiengiang.gov.vn>",
    });
    expect(env.SMTP_URL).toBe("smtp://portal:p%40ss@mail.kiengiang.gov.vn:587");
    expect(readEnv({ SMTP_URL: "smtps://mail.example.vn:465", MAIL_FROM: "noreply@example.vn" }).MAIL_FROM).toBe(
      "noreply@example.vn",
    );
  });

  it("refuses another scheme, a missing sender and a malformed sender, without echoing the password", () => {
    const attempt = (source: Record<string, string>) => {
      try {
        readEnv(source);
        return "";
      } catch (error) {
        return (error as Error).message;
      }
    };
    const http = attempt({ SMTP_URL: "http://user:bí-mật@mail.example.vn", MAIL_FROM: "a@example.vn" });
    expect(http).toContain("SMTP_URL");
    expect(http).not.toContain("bí-mật");
    expect(attempt({ SMTP_URL: "smtp://mail.example.vn" })).toContain("MAIL_FROM chưa được đặt");
    expect(attempt({ SMTP_URL: "smtp://mail.example.vn", MAIL_FROM: "cổng thông tin" })).toContain(
      "MAIL_FROM phải là một địa chỉ email",
    );
  });

  it("reads the public address links are built from", () => {
    expect(readEnv({ NEXTAUTH_URL: "https://dautu.kiengiang.gov.vn" }).NEXTAUTH_URL).toBe("https://dautu.kiengiang.gov.vn");
    expect(() => readEnv({ NEXTAUTH_URL: "ftp://dautu.kiengiang.gov.vn" })).toThrow(/NEXTAUTH_URL/);
  });
});
