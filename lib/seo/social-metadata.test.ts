import { describe, expect, it } from "vitest";
import { PORTAL_SHARE_IMAGE_PATH, projectShareImagePath, socialMetadata } from "./social-metadata";

describe("socialMetadata", () => {
  it("gives Open Graph and Twitter the same title, description and picture", () => {
    const metadata = socialMetadata({
      title: "Cảng cá Tắc Cậu",
      description: "Thủy sản · 1.200 tỷ đồng",
      path: "/projects/cang-ca-tac-cau",
      siteName: "Cổng thông tin kêu gọi đầu tư tỉnh Kiên Giang",
      image: { path: "/projects/cang-ca-tac-cau/share-image.png?v=1", alt: "Cảng cá Tắc Cậu" },
      type: "article",
    });
    expect(metadata.openGraph).toMatchObject({
      type: "article",
      locale: "vi_VN",
      url: "/projects/cang-ca-tac-cau",
      title: "Cảng cá Tắc Cậu",
      siteName: "Cổng thông tin kêu gọi đầu tư tỉnh Kiên Giang",
      images: [{ url: "/projects/cang-ca-tac-cau/share-image.png?v=1", width: 1200, height: 630, type: "image/png" }],
    });
    expect(metadata.twitter).toMatchObject({
      card: "summary_large_image",
      title: "Cảng cá Tắc Cậu",
      description: "Thủy sản · 1.200 tỷ đồng",
      images: [{ url: "/projects/cang-ca-tac-cau/share-image.png?v=1", alt: "Cảng cá Tắc Cậu" }],
    });
  });

  it("defaults to a website", () => {
    const metadata = socialMetadata({
      title: "Dữ liệu mở",
      description: "…",
      path: "/du-lieu-mo",
      siteName: "Cổng",
      image: { path: PORTAL_SHARE_IMAGE_PATH, alt: "Cổng" },
    });
    expect(metadata.openGraph).toMatchObject({ type: "website" });
  });
});

describe("projectShareImagePath", () => {
  it("changes with the project's last change", () => {
    const first = projectShareImagePath("cang-ca", new Date("2026-11-01T00:00:00Z"));
    expect(first).toMatch(/^\/projects\/cang-ca\/share-image\.png\?v=[0-9a-z]+$/);
    expect(projectShareImagePath("cang-ca", new Date("2026-11-02T00:00:00Z"))).not.toBe(first);
  });
});
