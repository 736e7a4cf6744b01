import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import type { createTranslator } from "next-intl";
import type { ReactNode } from "react";
import type { ProjectTemplateData } from "@/lib/catalogue/public-project-page";
import { MapPointText } from "@/components/maps/map-point-text";
import { localeFormat } from "@/lib/format/locale-format";
import { localName } from "@/lib/i18n/local-text";
import { localHref, type Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages";
import { mapPointOf } from "@/lib/maps/map-point";
import {
  FIELD_KEYS,
  TEMPLATE_SECTIONS,
  itemHeading,
  itemsOfSection,
  templateField,
  templateLabel,
  type FieldKey,
  type SectionKey,
  type TemplateItem,
} from "@/lib/template/fields";

/** `valueLang`: on English pages the unit's text stays Vietnamese, and says so to screen readers and translators. */
function Field({ label, children, valueLang }: { label: string; children: ReactNode; valueLang?: Locale }) {
  return (
    <div className="border-t border-slate-100 py-3 sm:grid sm:grid-cols-[16rem_1fr] sm:gap-4 print:grid print:break-inside-avoid print:grid-cols-[30%_1fr] print:gap-2 print:py-0.5">
      <dt className="font-medium text-slate-700">{label}</dt>
      <dd lang={valueLang} className="mt-1 whitespace-pre-line text-slate-900 [overflow-wrap:anywhere] sm:mt-0">
        {children}
      </dd>
    </div>
  );
}

export function orDash(text: string | null | undefined): string {
  return text && text.trim() !== "" ? text : "—";
}

function websiteHref(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === "https:" || parsed.protocol === "http:" ? parsed.href : null;
  } catch {
    return null;
  }
}

/** Fields shown inside another's value (the USD equivalent beside the capital), by the field they join. */
const SHOWN_WITH = new Map(
  FIELD_KEYS.flatMap((key) => {
    const target = templateField(key).shownWith;
    return target ? [[target, key] as const] : [];
  }),
);

/** The words the template's values are written with, in the page's language (messages/<locale>/project.json). */
export interface TemplateWords {
  locale: Locale;
  aroundUsd: (amount: string) => string;
  longitude: string;
  openStreetMap: string;
}

// The request's translator on a page, or one made without a request (tests).
type ProjectTranslator =
  Awaited<ReturnType<typeof getTranslations<"project">>> | ReturnType<typeof createTranslator<Messages, "project">>;

export function templateWords(locale: Locale, t: ProjectTranslator): TemplateWords {
  return {
    locale,
    aroundUsd: (amount) => t("aroundUsd", { amount }),
    longitude: t("map.longitude"),
    openStreetMap: t("map.openStreetMap"),
  };
}

/** The words of the page being rendered (its language from the request). */
export async function requestTemplateWords(): Promise<TemplateWords> {
  const [locale, t] = await Promise.all([getLocale(), getTranslations("project")]);
  return templateWords(locale, t);
}

/** One stored value as the public reads it: money in tỷ đồng, links for addresses, names for codes. */
function FieldValue({ project, name, words }: { project: ProjectTemplateData; name: FieldKey; words: TemplateWords }): ReactNode {
  const field = templateField(name);
  const { locale } = words;
  const format = localeFormat(locale);
  const stored = project as unknown as Record<string, unknown>;
  switch (field.kind) {
    case "choice": {
      const relation = field.list === "sectors" ? project.sector : project.investmentForm;
      return orDash(relation ? localName(locale, relation) : null);
    }
    case "multiChoice":
      return project.locations.map(({ location }, index) => (
        <span key={location.code}>
          {index > 0 ? ", " : ""}
          <Link href={localHref(locale, `/projects?location=${location.code}`)} className="text-brand-700 underline">
            {location.name}
          </Link>
        </span>
      ));
    case "money": {
      const amount = stored[field.column] as bigint | null;
      if (field.currency === "USD") return orDash(format.usd(amount));
      const companion = SHOWN_WITH.get(name);
      const companionField = companion ? templateField(companion) : null;
      const alongside = companionField?.kind === "money" ? format.usd(stored[companionField.column] as bigint | null) : null;
      return (
        <>
          <strong>{format.capital(amount)}</strong>
          {alongside ? words.aroundUsd(alongside) : ""}
        </>
      );
    }
    case "number": {
      // The map point reads as one: "Vĩ độ: 10,0125; Kinh độ: 105,0809 (xem trên OpenStreetMap)".
      if (field.coordinate) {
        const point = mapPointOf(stored);
        return point ? (
          <MapPointText
            point={point}
            locale={locale}
            words={{ longitude: words.longitude, openStreetMap: words.openStreetMap }}
          />
        ) : (
          "—"
        );
      }
      const amount = stored[field.column] as number | null;
      return amount === null ? "—" : `${format.number(amount)}${field.unit ? ` ${field.unit}` : ""}`;
    }
    case "email": {
      const email = stored[field.column] as string;
      return email ? (
        <a href={`mailto:${email}`} className="text-brand-700 underline">
          {email}
        </a>
      ) : (
        "—"
      );
    }
    case "url": {
      const url = stored[field.column] as string;
      const href = websiteHref(url);
      return href ? (
        <a href={href} className="text-brand-700 underline" rel="noopener noreferrer nofollow" target="_blank">
          {url}
        </a>
      ) : (
        orDash(url)
      );
    }
    default:
      return orDash(stored[field.column] as string);
  }
}

/** What one line of the template says for a project: a field's value, or a group's fields one per line. */
export function ItemValue({
  project,
  item,
  words,
}: {
  project: ProjectTemplateData;
  item: TemplateItem;
  words: TemplateWords;
}): ReactNode {
  if (item.kind === "field") return <FieldValue project={project} name={item.key} words={words} />;
  return item.keys
    .filter((key) => !templateField(key).shownWith)
    .map((key) => (
      <span key={key} className="block">
        {templateLabel(key, words.locale)}: <FieldValue project={project} name={key} words={words} />
      </span>
    ));
}

function Item({ project, item, words }: { project: ProjectTemplateData; item: TemplateItem; words: TemplateWords }) {
  const english = words.locale === "en";
  return (
    <Field label={itemHeading(item, english)} valueLang={english ? "vi" : undefined}>
      <ItemValue project={project} item={item} words={words} />
    </Field>
  );
}

/** Sections I and II of the official template, every field under its exact label, in the letter's order. */
export async function ProjectTemplateSections({ project }: { project: ProjectTemplateData }) {
  return <TemplateSectionsView project={project} words={await requestTemplateWords()} />;
}

/** The sections themselves, with the words given: rendered without a request in tests. */
export function TemplateSectionsView({ project, words }: { project: ProjectTemplateData; words: TemplateWords }) {
  const { locale } = words;
  return (
    <>
      {(Object.keys(TEMPLATE_SECTIONS) as SectionKey[]).map((section, index) => (
        <section
          key={section}
          aria-labelledby={`muc-${section}`}
          className={`${index === 0 ? "mt-8" : "mt-6"} rounded-lg border border-slate-200 bg-white p-4 sm:p-6 print:mt-2 print:rounded-none print:border-0 print:p-0`}
        >
          <h2 id={`muc-${section}`} className="text-lg font-bold text-brand-900 print:text-[10pt]">
            {locale === "en" ? TEMPLATE_SECTIONS[section].titleEn : TEMPLATE_SECTIONS[section].title}
          </h2>
          {/* Printed, the unit's eight short fields take two columns, so the sheet fits one page. */}
          <dl className={`mt-3 print:mt-1 ${section === "I" ? "print:grid print:grid-cols-2 print:gap-x-6" : ""}`}>
            {itemsOfSection(section).map((item) => (
              <Item key={item.kind === "field" ? item.key : item.group} project={project} item={item} words={words} />
            ))}
          </dl>
        </section>
      ))}
    </>
  );
}
