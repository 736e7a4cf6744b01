import { describe, expect, it } from "vitest";
import { hashToken } from "@/lib/auth/one-time-tokens";
import { confirmTokenHash, newConfirmToken, unsubscribeToken, verifyUnsubscribeToken } from "./alert-tokens";

const SECRET = "bí-mật-kiểm-thử-đủ-dài-0123456789abcdef";
const ID = "cmijk2x0b0000abcdefghijk";

describe("confirmation tokens", () => {
  it("are 32 random bytes, of which only the SHA-256 is kept", () => {
    const first = newConfirmToken();
    const second = newConfirmToken();
    expect(first.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(first.token).not.toBe(second.token);
    expect(first.hash).toBe(hashToken(first.token));
    expect(first.hash).not.toContain(first.token);
    expect(confirmTokenHash(first.token)).toBe(first.hash);
  });

  it("are refused when they do not look like one, before any lookup", () => {
    expect(confirmTokenHash("")).toBeNull();
    expect(confirmTokenHash("../../etc/passwd")).toBeNull();
    expect(confirmTokenHash(`${newConfirmToken().token}x`)).toBeNull();
  });
});

describe("unsubscribe tokens", () => {
  it("name the subscription and are accepted with the portal's secret", () => {
    const token = unsubscribeToken(ID, SECRET);
    expect(token.startsWith(`${ID}.`)).toBe(true);
    expect(verifyUnsubscribeToken(token, SECRET)).toBe(ID);
  });

  it("cannot be made for another subscription, altered, or signed with another secret", () => {
    const token = unsubscribeToken(ID, SECRET);
    const signature = token.split(".")[1]!;
    expect(verifyUnsubscribeToken(`cmijk2x0b0000abcdefghijz.${signature}`, SECRET)).toBeNull();
    const flipped = signature.slice(0, -1) + (signature.endsWith("A") ? "B" : "A");
    expect(verifyUnsubscribeToken(`${ID}.${flipped}`, SECRET)).toBeNull();
    expect(verifyUnsubscribeToken(token, "một-bí-mật-khác-hẳn-0123456789abcdef")).toBeNull();
    expect(verifyUnsubscribeToken(ID, SECRET)).toBeNull();
    expect(verifyUnsubscribeToken(`${ID}.${signature}.x`, SECRET)).toBeNull();
  });

  it("are not made without a secret", () => {
    expect(() => unsubscribeToken(ID, "")).toThrow("NEXTAUTH_SECRET");
  });
});
