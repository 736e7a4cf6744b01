// One formatter for every figure: building an Intl formatter costs far more than using one.
const decimalFormatter = new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 2 });

// Capital is stored in whole VND and whole USD, and entered and shown in tỷ đồng and million USD.
// These are the only conversions between the two, for the form, the catalogue's filter, the seed,
// the benchmark and the API alike.

/** 1250.5 tỷ đồng → 1 250 500 000 000n VND; precision kept to the million đồng. */
export function tyToVnd(ty: number): bigint {
  return BigInt(Math.round(ty * 1_000)) * 1_000_000n;
}

/** Whole VND → tỷ đồng (whole millions of VND; less is dropped). */
export function vndToTy(vnd: bigint): number {
  return Number(vnd / 1_000_000n) / 1_000;
}

/** 2.5 million USD → 2 500 000n USD; precision kept to the thousand dollars. */
export function usdMillionToUsd(millions: number): bigint {
  return BigInt(Math.round(millions * 1_000)) * 1_000n;
}

/** Whole USD → million USD (whole thousands of USD; less is dropped). */
export function usdToUsdMillion(usd: bigint): number {
  return Number(usd / 1_000n) / 1_000;
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
