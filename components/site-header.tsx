import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { getCurrentUser } from "@/lib/auth/current-user";
import { can, ROLE_LABELS } from "@/lib/auth/permissions";
import { countProjectsNeedingChanges } from "@/lib/projects/list-organization-projects";
import { countWaitingSubmissions } from "@/lib/review/review-queue";
import { getSiteSettings } from "@/lib/settings/site-settings";
import { localHref } from "@/lib/i18n/locales";
import { portalTexts } from "@/lib/i18n/portal-texts";
import { SignOutButton } from "./auth/sign-out-button";
import { LanguageSwitch } from "./language-switch";

export async function SiteHeader() {
  const [user, settings, locale, t] = await Promise.all([
    getCurrentUser(),
    getSiteSettings(),
    getLocale(),
    getTranslations("common"),
  ]);
  const portal = await portalTexts(settings);
  const nav: { href: string; label: string; badge?: { count: number; label: string } }[] = [
    { href: localHref(locale, "/"), label: t("home") },
    { href: localHref(locale, "/projects"), label: t("projects") },
  ];
  if (user && can(user.role, "project:file")) {
    const count = await countProjectsNeedingChanges(user);
    nav.push({ href: "/dashboard", label: t("unitProjects"), badge: { count, label: t("projectsNeedingChanges") } });
  }
  if (user && (can(user.role, "report:file") || can(user.role, "report:oversee"))) {
    nav.push({ href: "/reports", label: t("reports") });
  }
  if (user && can(user.role, "review:decide")) {
    const count = await countWaitingSubmissions(user);
    nav.push({ href: "/review", label: t("review"), badge: { count, label: t("submissionsWaiting") } });
  }
  if (user && can(user.role, "admin:manage")) nav.push({ href: "/admin", label: t("admin") });
  // The work pages are in Vietnamese only: from an English page they open with a full page load, so
  // the shared layout comes back in Vietnamese with them.
  const NavLink = locale === "vi" ? Link : "a";

  return (
    <header className="border-b-4 border-flag-600 bg-brand-800 text-white print:hidden">
      <div className="mx-auto flex max-w-6xl flex-col gap-3 px-4 py-4 sm:flex-row sm:items-center sm:justify-between">
        <Link href={localHref(locale, "/")} className="flex items-center gap-3">
          <span
            aria-hidden="true"
            className="flex h-11 w-11 shrink-0 items-center justify-center rounded-full bg-flag-600 text-xl text-yellow-300"
          >
            ★
          </span>
          <span className="leading-tight">
            <span className="block text-xs uppercase tracking-wide text-brand-100">{portal.committee}</span>
            <span className="block text-base font-semibold sm:text-lg">{portal.name}</span>
          </span>
        </Link>
        <nav aria-label={t("mainNavigation")} className="print:hidden">
          <ul className="flex flex-wrap items-center gap-x-5 gap-y-1 text-sm">
            {nav.map((item) => (
              <li key={item.href}>
                <NavLink href={item.href} className="hover:underline">
                  {item.label}
                  {item.badge && item.badge.count > 0 ? " " : null}
                  {item.badge && item.badge.count > 0 ? (
                    <span className="ml-1 rounded-full bg-flag-600 px-2 py-0.5 text-xs font-bold text-white">
                      {item.badge.count}
                      <span className="sr-only"> {item.badge.label}</span>
                    </span>
                  ) : null}
                </NavLink>
              </li>
            ))}
            {user ? (
              <>
                <li className="text-brand-100">
                  <NavLink href="/account" className="hover:underline" title={t("accountTitle")}>
                    <span className="sr-only">{t("signedInAs")}</span>
                    {user.name} ({ROLE_LABELS[user.role]})
                  </NavLink>
                </li>
                <li>
                  <SignOutButton />
                </li>
              </>
            ) : (
              <li>
                <NavLink href="/login" className="hover:underline">
                  {t("signIn")}
                </NavLink>
              </li>
            )}
            <li>
              <Suspense fallback={null}>
                <LanguageSwitch
                  target={locale === "vi" ? "en" : "vi"}
                  label={t("languageSwitch")}
                  title={t("languageSwitchLabel")}
                />
              </Suspense>
            </li>
          </ul>
        </nav>
      </div>
    </header>
  );
}
