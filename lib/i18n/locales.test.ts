import { describe, expect, it } from "vitest";
import { localHref, localeOfPath, pathInLocale } from "./locales";

describe("localeOfPath", () => {
  it("reads /en and its pages as English and everything else as Vietnamese", () => {
    expect(localeOfPath("/en")).toBe("en");
    expect(localeOfPath("/en/projects/cang-bien")).toBe("en");
    expect(localeOfPath("/")).toBe("vi");
    expect(localeOfPath("/projects/en-ca")).toBe("vi");
    expect(localeOfPath("/energy")).toBe("vi");
  });
});

describe("pathInLocale", () => {
  it("gives each public page's counterpart, keeping the query", () => {
    expect(pathInLocale("/", "en")).toBe("/en");
    expect(pathInLocale("/en", "vi")).toBe("/");
    expect(pathInLocale("/projects?sector=du-lich&page=2", "en")).toBe("/en/projects?sector=du-lich&page=2");
    expect(pathInLocale("/en/projects/khu-du-lich-bai-sao", "vi")).toBe("/projects/khu-du-lich-bai-sao");
    expect(pathInLocale("/du-lieu-mo#api", "en")).toBe("/en/open-data#api");
    expect(pathInLocale("/en/open-data", "vi")).toBe("/du-lieu-mo");
  });

  it("has no counterpart for pages in Vietnamese only", () => {
    expect(pathInLocale("/dashboard", "en")).toBeNull();
    expect(pathInLocale("/projectsx", "en")).toBeNull();
    expect(pathInLocale("/en/unknown", "vi")).toBeNull();
  });

  it("leaves a path already in the language alone", () => {
    expect(pathInLocale("/en/projects", "en")).toBe("/en/projects");
    expect(localHref("vi", "/projects/a")).toBe("/projects/a");
    expect(localHref("en", "/login")).toBe("/login");
  });
});
