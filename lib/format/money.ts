/** VND in one tỷ đồng (billion). Capital is stored in whole VND and shown in tỷ đồng. */
export const VND_PER_TY = 1_000_000_000n;

// One formatter for every figure: building an Intl formatter costs far more than using one.
const decimalFormatter = new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 2 });

/** tỷ đồng (possibly fractional, e.g. 12.5) to whole VND. */
export function tyToVnd(ty: number): bigint {
  return BigInt(Math.round(ty * 1_000)) * 1_000_000n;
}

export function vndToTy(vnd: bigint): number {
  return Number(vnd / 1_000_000n) / 1_000;
}

/** "1.250 tỷ đồng", "12,5 tỷ đồng" — the vi-VN way, with a dot for thousands and a comma for decimals. */
export function formatCapital(vnd: bigint | null | undefined): string {
  if (vnd === null || vnd === undefined) return "Chưa xác định";
  return `${decimalFormatter.format(vndToTy(vnd))} tỷ đồng`;
}

/** Whole USD to "≈ 49,2 triệu USD". */
export function formatUsd(usd: bigint | null | undefined): string | null {
  if (usd === null || usd === undefined) return null;
  return `${decimalFormatter.format(Number(usd) / 1_000_000)} triệu USD`;
}

export function formatNumber(value: number): string {
  return decimalFormatter.format(value);
}
