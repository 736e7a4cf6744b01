import { describe, expect, it } from "vitest";
import { localeFormat } from "./locale-format";

describe("localeFormat", () => {
  it("writes capital, dollars, numbers and dates the English way", () => {
    const en = localeFormat("en");
    expect(en.capital(1_250_500_000_000n)).toBe("VND 1,250.5 billion");
    expect(en.usd(49_200_000n)).toBe("USD 49.2 million");
    expect(en.number(12345.678)).toBe("12,345.68");
    expect(en.date(new Date("2026-11-30T20:00:00Z"))).toBe("1 Dec 2026");
    expect(en.capital(null)).toBe("Not yet determined");
  });

  it("keeps the Vietnamese forms the site has always used", () => {
    const vi = localeFormat("vi");
    expect(vi.capital(1_250_500_000_000n)).toBe("1.250,5 tỷ đồng");
    expect(vi.usd(49_200_000n)).toBe("49,2 triệu USD");
    expect(vi.date(new Date("2026-11-30T20:00:00Z"))).toBe("01/12/2026");
  });
});
