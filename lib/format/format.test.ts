import { describe, expect, it } from "vitest";
import { formatDate } from "./date";
import { formatCapital, formatUsd, tyToVnd, usdMillionToUsd, usdToUsdMillion, vndToTy } from "./money";

describe("money", () => {
  it("shows capital in tỷ đồng the vi-VN way", () => {
    expect(formatCapital(1_250_000_000_000n)).toBe("1.250 tỷ đồng");
    expect(formatCapital(12_500_000_000n)).toBe("12,5 tỷ đồng");
    expect(formatCapital(3_500_000_000n)).toBe("3,5 tỷ đồng");
    expect(formatCapital(null)).toBe("Chưa xác định");
  });

  it("converts tỷ đồng to exact VND and back", () => {
    expect(tyToVnd(12.5)).toBe(12_500_000_000n);
    expect(tyToVnd(12_500)).toBe(12_500_000_000_000n);
    expect(tyToVnd(0.1)).toBe(100_000_000n);
    expect(vndToTy(tyToVnd(2_345.67))).toBe(2_345.67);
    expect(tyToVnd(1250.5)).toBe(1_250_500_000_000n);
    expect(tyToVnd(0.001)).toBe(1_000_000n);
    expect(tyToVnd(1_000_000)).toBe(1_000_000_000_000_000n);
  });

  it("converts million USD to whole USD and back", () => {
    expect(usdMillionToUsd(52.5)).toBe(52_500_000n);
    expect(usdMillionToUsd(0.001)).toBe(1_000n);
    expect(usdToUsdMillion(usdMillionToUsd(49.2))).toBe(49.2);
  });

  it("shows USD in millions", () => {
    expect(formatUsd(49_200_000n)).toBe("49,2 triệu USD");
    expect(formatUsd(null)).toBeNull();
  });
});

describe("formatDate", () => {
  it("writes dd/mm/yyyy in Vietnam time", () => {
    expect(formatDate(new Date("2026-03-15T16:59:00Z"))).toBe("15/03/2026");
    // 17:00 UTC is midnight in Vietnam (UTC+7): already the next day there.
    expect(formatDate(new Date("2026-03-15T17:00:00Z"))).toBe("16/03/2026");
    expect(formatDate(null)).toBe("—");
  });
});

describe("formatDateTime", () => {
  it("writes dd/mm/yyyy hh:mm in Vietnam time", async () => {
    const { formatDateTime } = await import("./date");
    expect(formatDateTime(new Date("2026-03-15T16:59:00Z"))).toBe("15/03/2026 23:59");
    expect(formatDateTime(new Date("2026-03-15T17:00:00Z"))).toBe("16/03/2026 00:00");
  });
});
