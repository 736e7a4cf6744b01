import type { Locale } from "@/lib/i18n/locales";
import { formatDate } from "./date";
import { formatCapital, formatNumber, formatUsd, vndToTy } from "./money";

// Figures on a public page, written the way its reader writes them. Vietnamese keeps the site's own
// forms ("1.250,5 tỷ đồng", "01/12/2026"); English writes "VND 1,250.5 billion" and "1 Dec 2026".

const englishNumber = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 2 });
const englishDate = new Intl.DateTimeFormat("en-GB", {
  timeZone: "Asia/Ho_Chi_Minh",
  day: "numeric",
  month: "short",
  year: "numeric",
});

export interface LocaleFormat {
  number(value: number): string;
  /** Whole VND in billions; "Chưa xác định" / "Not yet determined" when unknown. */
  capital(vnd: bigint | null | undefined): string;
  /** Whole USD in millions, or null when unknown. */
  usd(usd: bigint | null | undefined): string | null;
  date(date: Date | null | undefined): string;
}

const vietnamese: LocaleFormat = {
  number: formatNumber,
  capital: formatCapital,
  usd: formatUsd,
  date: formatDate,
};

const english: LocaleFormat = {
  number: (value) => englishNumber.format(value),
  capital: (vnd) =>
    vnd === null || vnd === undefined ? "Not yet determined" : `VND ${englishNumber.format(vndToTy(vnd))} billion`,
  usd: (usd) => (usd === null || usd === undefined ? null : `USD ${englishNumber.format(Number(usd) / 1_000_000)} million`),
  date: (date) => (date ? englishDate.format(date) : "—"),
};

export function localeFormat(locale: Locale): LocaleFormat {
  return locale === "en" ? english : vietnamese;
}
