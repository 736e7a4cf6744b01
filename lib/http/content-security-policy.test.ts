import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, inlineScriptHashes } from "./content-security-policy.mjs";
import { DEFAULT_TILE_URL, configuredTileUrl, tileImageSource, tileUrlProblem } from "@/lib/maps/tile-source.mjs";

const sha256 = (text: string) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;

describe("inlineScriptHashes", () => {
  it("hashes each inline script once, Vietnamese included, and leaves scripts with a source alone", () => {
    const first = 'self.__next_f.push([1,"Cảng cá Tắc Cậu"])';
    const html = `<script src="/_next/static/a.js" async=""></script><script>${first}</script><p>x</p><script>${first}</script><script type="application/ld+json">{"a":1}</script><script></script>`;
    expect(inlineScriptHashes(html)).toEqual([sha256(first), sha256('{"a":1}')]);
  });

  it("puts them in script-src, never 'unsafe-inline'", () => {
    const policy = contentSecurityPolicy({ scriptSources: ["'sha256-abc'"] });
    expect(policy).toContain("script-src 'self' 'sha256-abc'");
    expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(policy).toContain("frame-ancestors 'none'");
  });
});

describe("the maps' tiles in img-src", () => {
  it("allows OpenStreetMap's tile host by default, and nothing broader", () => {
    const policy = contentSecurityPolicy({ scriptSources: [], tileUrl: DEFAULT_TILE_URL });
    expect(policy).toContain("img-src 'self' data: blob: https://tile.openstreetmap.org;");
    expect(policy).not.toMatch(/img-src[^;]*(\s\*\s|https:\s|https:;)/);
  });

  it("follows the configured host, with a wildcard only for {s} subdomains", () => {
    expect(tileImageSource("https://tiles.kiengiang.gov.vn:8443/osm/{z}/{x}/{y}.png")).toBe(
      "https://tiles.kiengiang.gov.vn:8443",
    );
    expect(tileImageSource("https://{s}.tile.example.vn/{z}/{x}/{y}.png")).toBe("https://*.tile.example.vn");
  });

  it("adds nothing when tiles are off or the template is unusable", () => {
    expect(configuredTileUrl({ MAP_TILE_URL: "none" })).toBeNull();
    expect(configuredTileUrl({})).toBe(DEFAULT_TILE_URL);
    for (const bad of [
      "javascript:alert(1)/{z}/{x}/{y}",
      "https://example.vn/tiles.png",
      "https://a.{s}.example.vn/{z}/{x}/{y}",
    ]) {
      expect(tileUrlProblem(bad), bad).not.toBeNull();
      expect(tileImageSource(bad), bad).toBeNull();
    }
    expect(contentSecurityPolicy({ scriptSources: [], tileUrl: null })).toContain("img-src 'self' data: blob:;");
  });
});
