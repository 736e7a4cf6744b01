import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { localHref } from "@/lib/i18n/locales";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("common");
  return { title: t("notFoundTitle") };
}

export default async function NotFound() {
  const [locale, t] = await Promise.all([getLocale(), getTranslations("common")]);
  return (
    <div className="mx-auto max-w-xl py-12 text-center">
      <p className="text-5xl font-bold text-brand-700">404</p>
      <h1 className="mt-4 text-2xl font-bold text-slate-900">{t("notFoundTitle")}</h1>
      <p className="mt-2 text-slate-600">{t("notFoundText")}</p>
      <Link
        href={localHref(locale, "/projects")}
        className="mt-6 inline-block rounded-md bg-brand-700 px-5 py-2.5 font-semibold text-white hover:bg-brand-800"
      >
        {t("notFoundLink")}
      </Link>
    </div>
  );
}
