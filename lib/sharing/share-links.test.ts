import { describe, expect, it } from "vitest";
import { shareLinks } from "./share-links";

describe("shareLinks", () => {
  const links = shareLinks({
    url: "https://dautu.kiengiang.gov.vn/projects/cang-ca-tac-cau?x=1&y=2",
    title: "Cảng cá Tắc Cậu & chợ đầu mối",
  });
  const byLabel = Object.fromEntries(links.map((link) => [link.label, link.href]));

  it("hands each service the page's address, encoded once", () => {
    const encoded = "https%3A%2F%2Fdautu.kiengiang.gov.vn%2Fprojects%2Fcang-ca-tac-cau%3Fx%3D1%26y%3D2";
    expect(byLabel.Facebook).toBe(`https://www.facebook.com/sharer/sharer.php?u=${encoded}`);
    expect(byLabel.LinkedIn).toBe(`https://www.linkedin.com/sharing/share-offsite/?url=${encoded}`);
    expect(new URL(byLabel.Facebook!).searchParams.get("u")).toBe(
      "https://dautu.kiengiang.gov.vn/projects/cang-ca-tac-cau?x=1&y=2",
    );
  });

  it("writes a mail with the title as subject and the address in the body", () => {
    const mail = new URL(byLabel.Email!);
    expect(mail.protocol).toBe("mailto:");
    expect(mail.href).not.toContain("+");
    const query = new URLSearchParams(mail.search);
    expect(query.get("subject")).toBe("Cảng cá Tắc Cậu & chợ đầu mối");
    expect(query.get("body")).toBe(
      "Cảng cá Tắc Cậu & chợ đầu mối\nhttps://dautu.kiengiang.gov.vn/projects/cang-ca-tac-cau?x=1&y=2",
    );
  });

  it("loads nothing but https share pages and mail", () => {
    for (const link of links) expect(link.href).toMatch(/^(https:\/\/|mailto:)/);
  });
});
