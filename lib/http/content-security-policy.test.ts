import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, inlineScriptHashes } from "./content-security-policy.mjs";

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
