"use client";

import { usePathname, useSearchParams } from "next/navigation";
import { pathInLocale, type Locale } from "@/lib/i18n/locales";

/**
 * "English" / "Tiếng Việt": the page in view, with its filters, in the other language. A full page
 * load, not a client-side navigation: the shared layout (header, `<html lang>`) is rendered per language.
 */
export function LanguageSwitch({ target, label, title }: { target: Locale; label: string; title: string }) {
  const pathname = usePathname();
  const search = useSearchParams().toString();
  const href = pathInLocale(`${pathname}${search ? `?${search}` : ""}`, target);
  if (!href) return null;
  return (
    <a
      href={href}
      hrefLang={target}
      lang={target}
      title={title}
      className="rounded border border-brand-100/60 px-2 py-0.5 hover:underline"
    >
      {label}
    </a>
  );
}
