import type { ReactNode } from "react";
import { getLocale, getTranslations } from "next-intl/server";
import { OC4IDS_SCHEMA_RELEASE, SECTOR_TO_OC4IDS } from "@/lib/oc4ids/oc4ids-codes";
import { OC4IDS_FIELDS } from "@/lib/oc4ids/oc4ids-fields";
import { OC4IDS_PATH, oc4idsHref } from "@/lib/oc4ids/oc4ids-href";
import { FIELD_KEYS, formLabel, templateField, type FieldKey } from "@/lib/template/fields";

const linkClass = "text-brand-700 underline";

/**
 * A field as the English list names it: the letter's item number, and the extension's own title
 * where the English label says too little alone ("Equivalent"), as the extension's schema does.
 */
function englishLabel(key: FieldKey): string {
  const field = templateField(key);
  const label = OC4IDS_FIELDS[key].title ?? field.labelEn;
  return field.number ? `${field.number}. ${label}` : label;
}

/**
 * The open data page's OC4IDS part: what the package is, where to get it, and where each template
 * field goes (from the mapping table itself, so the page cannot drift from the package).
 */
export async function Oc4idsSection({ className, headingClass }: { className: string; headingClass: string }) {
  const [locale, t] = await Promise.all([getLocale(), getTranslations("openData.oc4ids")]);
  const english = locale === "en";
  const code = (chunks: ReactNode) => <code>{chunks}</code>;
  const link = (href: string) =>
    function FileLink(chunks: ReactNode) {
      return (
        <a href={href} className={linkClass}>
          {chunks}
        </a>
      );
    };
  return (
    <section aria-labelledby="oc4ids" className={className}>
      <h2 id="oc4ids" className={headingClass}>
        {t("heading")}
      </h2>
      <p className="mt-2 text-slate-700">
        {t.rich("intro", {
          release: OC4IDS_SCHEMA_RELEASE,
          code,
          link: (chunks) => (
            <a href="https://standard.open-contracting.org/infrastructure/" className={linkClass} hrefLang="en">
              {chunks}
            </a>
          ),
        })}
      </p>
      <ul className="mt-3 flex flex-wrap gap-2 text-sm">
        <li>
          <a
            href={oc4idsHref({}, { download: true })}
            download
            className="inline-flex items-baseline gap-1 rounded-md border border-slate-300 px-3 py-2 hover:border-brand-600"
          >
            <span className="font-semibold text-brand-800">OC4IDS</span>
            <span className="text-slate-600">{t("download")}</span>
          </a>
        </li>
        <li>
          <a href={OC4IDS_PATH} className="inline-flex rounded-md border border-slate-300 px-3 py-2 hover:border-brand-600">
            {t("view", { path: OC4IDS_PATH })}
          </a>
        </li>
      </ul>
      <p className="mt-3 text-sm text-slate-700">
        {t.rich("extension", {
          code,
          extension: link(`${OC4IDS_PATH}/extension.json`),
          schema: link(`${OC4IDS_PATH}/release-schema.json`),
        })}
      </p>
      <details className="mt-3 text-sm">
        <summary className="cursor-pointer font-semibold text-slate-900">{t("fieldsSummary")}</summary>
        {/* A path is one long word: on a phone it has to break, or the page scrolls sideways. */}
        <ul className="mt-2 space-y-1 text-slate-700 wrap-anywhere">
          {FIELD_KEYS.map((key) => (
            <li key={key}>
              {english ? englishLabel(key) : formLabel(key)} →{" "}
              {OC4IDS_FIELDS[key].paths.map((path, index) => (
                <span key={path}>
                  {index > 0 ? ", " : ""}
                  <code>{path}</code>
                </span>
              ))}
              {/* The mapping's notes are written in English (for the README), so only the English page has them. */}
              {english && OC4IDS_FIELDS[key].note ? ` – ${OC4IDS_FIELDS[key].note}` : null}
            </li>
          ))}
        </ul>
      </details>
      <details className="mt-2 text-sm">
        <summary className="cursor-pointer font-semibold text-slate-900">{t("sectorsSummary")}</summary>
        <ul className="mt-2 space-y-1 text-slate-700">
          {Object.entries(SECTOR_TO_OC4IDS).map(([sector, codes]) => (
            <li key={sector}>
              <code>{sector}</code> → <code>{codes.join(", ")}</code>
            </li>
          ))}
        </ul>
      </details>
    </section>
  );
}
