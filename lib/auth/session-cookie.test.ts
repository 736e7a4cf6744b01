import { afterEach, describe, expect, it } from "vitest";
import { sessionCookieName, sessionCookieOptions } from "./session-cookie";

const original = process.env.NEXTAUTH_URL;
afterEach(() => {
  process.env.NEXTAUTH_URL = original;
});

describe("the session cookie", () => {
  it("is Secure and __Secure- prefixed behind an https address, HttpOnly and SameSite=Lax everywhere", () => {
    process.env.NEXTAUTH_URL = "https://dautu.kiengiang.gov.vn";
    expect(sessionCookieName()).toBe("__Secure-next-auth.session-token");
    expect(sessionCookieOptions()).toMatchObject({ httpOnly: true, sameSite: "lax", secure: true, path: "/" });
    process.env.NEXTAUTH_URL = "http://localhost:3000";
    expect(sessionCookieName()).toBe("next-auth.session-token");
    expect(sessionCookieOptions()).toMatchObject({ httpOnly: true, sameSite: "lax", secure: false });
  });
});
