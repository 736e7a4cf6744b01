import { describe, expect, it } from "vitest";
import { isSharedPublicRequest } from "./public-requests.mjs";

describe("isSharedPublicRequest", () => {
  it("shares anonymous GETs of public pages", () => {
    for (const url of [
      "/",
      "/projects",
      "/projects?sector=du-lich&q=c%E1%BA%A3ng",
      "/projects/cang-ca",
      "/du-lieu-mo",
      "/en",
      "/en/projects?sector=du-lich",
      "/en/projects/cang-ca",
      "/en/open-data",
    ]) {
      expect(isSharedPublicRequest("GET", url, {}), url).toBe(true);
    }
  });

  it("never shares what a session, a client-side navigation or another method asks for", () => {
    expect(isSharedPublicRequest("GET", "/projects", { cookie: "theme=dark; next-auth.session-token=abc" })).toBe(false);
    expect(isSharedPublicRequest("GET", "/projects", { cookie: "__Secure-next-auth.session-token.0=abc" })).toBe(false);
    expect(isSharedPublicRequest("GET", "/projects", { rsc: "1" })).toBe(false);
    expect(isSharedPublicRequest("GET", "/projects", { "next-router-prefetch": "1" })).toBe(false);
    expect(isSharedPublicRequest("GET", "/projects?_rsc=x1y2", {})).toBe(false);
    expect(isSharedPublicRequest("POST", "/projects", { "next-action": "abc" })).toBe(false);
    expect(isSharedPublicRequest("HEAD", "/projects", {})).toBe(false);
    expect(isSharedPublicRequest("GET", "/projects", { authorization: "Basic x" })).toBe(false);
  });

  it("never shares signed-in areas, the sign-in form, token links or the API (rate-limited per request)", () => {
    for (const url of [
      "/api/projects?page=2",
      "/dashboard",
      "/review",
      "/login",
      "/reports",
      "/admin",
      "/invitation/abc",
      "/projects/a/b",
      "/api/auth/session",
      "/english",
      "/en/dashboard",
      "/en/en",
    ]) {
      expect(isSharedPublicRequest("GET", url, {}), url).toBe(false);
    }
  });
});
