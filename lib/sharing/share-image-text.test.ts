import { describe, expect, it } from "vitest";
import { shareImageText } from "./share-image-text";

describe("shareImageText", () => {
  it("keeps Vietnamese, composed", () => {
    expect(shareImageText("Đường ven biển Rạch Giá – Hà Tiên")).toBe("Đường ven biển Rạch Giá – Hà Tiên");
    const decomposed = "Hiê\u0323u qua\u0309".normalize("NFD");
    expect(shareImageText(decomposed)).toBe("Hiệu quả");
  });

  it("drops what the bundled font cannot draw, so nothing is fetched", () => {
    expect(shareImageText("Khu du lịch 🌴 Phú Quốc 富國 ★")).toBe("Khu du lịch Phú Quốc");
  });

  it("puts the text on one line and cuts it at a word", () => {
    expect(shareImageText("Cảng   biển\nquốc tế")).toBe("Cảng biển quốc tế");
    expect(shareImageText("Nhà máy xử lý nước thải tập trung", 20)).toBe("Nhà máy xử lý nước…");
  });
});
