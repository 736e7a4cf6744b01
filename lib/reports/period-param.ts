import { quarterOf, previousQuarter, type Quarter } from "./quarter";

/** The quarter named in the URL (?period=2026-4), or the current one when absent or malformed. */
export function periodFromParams(params: { period?: unknown }, now = new Date()): Quarter {
  const match = typeof params.period === "string" ? /^(\d{4})-([1-4])$/.exec(params.period) : null;
  const year = Number(match?.[1]);
  const quarter = Number(match?.[2]);
  if (Number.isInteger(year) && year >= 2018 && year <= 2100 && [1, 2, 3, 4].includes(quarter)) {
    return { year, quarter: quarter as Quarter["quarter"] };
  }
  return quarterOf(now);
}

/** The current quarter and the seven before it, newest first, for the quarter selector. */
export function recentQuarters(now = new Date(), count = 8): Quarter[] {
  const quarters = [quarterOf(now)];
  while (quarters.length < count) quarters.push(previousQuarter(quarters[quarters.length - 1]!));
  return quarters;
}
