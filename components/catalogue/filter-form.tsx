"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useRef, useTransition, type FormEvent } from "react";
import type { CapitalField, CatalogueQuery } from "@/lib/catalogue/catalogue-query";
import { SORT_OPTIONS, defaultSort, type CatalogueSort } from "@/lib/catalogue/catalogue-sort";
import { INTL_LOCALE, type Locale } from "@/lib/i18n/locales";

export interface FacetOption {
  code: string;
  name: string;
  count: number;
}

/** A capital input's text and, when the catalogue could not use it, why. */
export interface CapitalInput {
  text: string;
  error?: string;
}

/** A facet's list: its label (the template's, in the page's language) and its options. */
export interface Facet {
  label: string;
  options: FacetOption[];
}

/** The form's texts in the page's language, given by the server (messages/<locale>/catalogue.json). */
export interface FilterFormLabels {
  form: string;
  keyword: string;
  keywordPlaceholder: string;
  loading: string;
  filter: string;
  activeConditions: string;
  all: string;
  capitalLegend: string;
  capitalFrom: string;
  capitalTo: string;
  capitalExample: string;
  sort: string;
  sortOptions: Record<CatalogueSort, string>;
  apply: string;
  clearFilters: string;
}

interface FilterFormProps {
  query: CatalogueQuery;
  /** The capital inputs as the visitor typed them when they could not be read, else as applied. */
  capital: Record<CapitalField, CapitalInput>;
  /** How many filters apply besides the keyword: shown on the panel's button on phones. */
  activeCount: number;
  sectors: Facet;
  locations: Facet;
  forms: Facet;
  /** The catalogue's path in the page's language: "/projects" or "/en/projects". */
  path: string;
  locale: Locale;
  labels: FilterFormLabels;
}

const SEARCH_DEBOUNCE_MS = 500;
// Tailwind's lg breakpoint, where the panel sits beside the results and stays open (globals.css).
const WIDE_SCREEN = "(min-width: 64rem)";

/** The URL for the form's current values, leaving empty fields and default order out. */
function urlFor(form: HTMLFormElement, path: string): string {
  const params = new URLSearchParams();
  for (const [key, value] of new FormData(form)) {
    if (typeof value !== "string" || value.trim() === "") continue;
    params.set(key, value.trim());
  }
  if (params.get("sort") === defaultSort(params.get("q") ?? "")) params.delete("sort");
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

/** The value the sort list submits: empty while the order is the keyword's default, so it follows the keyword. */
function sortValue(query: CatalogueQuery): string {
  return query.sort === defaultSort(query.q) ? "" : query.sort;
}

const fieldClass =
  "mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm focus:border-brand-600 aria-[invalid=true]:border-red-600 aria-[invalid=true]:bg-red-50";

function FacetSelect({
  id,
  facet: { label, options },
  name,
  value,
  all,
  locale,
}: {
  id: string;
  facet: Facet;
  name: string;
  value?: string;
  all: string;
  locale: Locale;
}) {
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium text-slate-700">
        {label}
      </label>
      <select id={id} name={name} defaultValue={value ?? ""} className={fieldClass}>
        <option value="">{all}</option>
        {options.map((option) => (
          <option key={option.code} value={option.code}>
            {option.name} ({option.count.toLocaleString(INTL_LOCALE[locale])})
          </option>
        ))}
      </select>
    </div>
  );
}

function CapitalTextInput({
  id,
  label,
  name,
  input,
  placeholder,
}: {
  id: string;
  label: string;
  name: CapitalField;
  input: CapitalInput;
  placeholder: string;
}) {
  const errorId = `${id}-error`;
  return (
    <div>
      <label htmlFor={id} className="text-xs text-slate-600">
        {label}
      </label>
      <input
        id={id}
        name={name}
        type="text"
        inputMode="decimal"
        autoComplete="off"
        maxLength={40}
        placeholder={placeholder}
        defaultValue={input.text}
        aria-invalid={input.error ? true : undefined}
        aria-describedby={input.error ? errorId : undefined}
        className={fieldClass}
      />
      {input.error ? (
        <p id={errorId} className="mt-1 text-xs font-medium text-red-700">
          {input.error}
        </p>
      ) : null}
    </div>
  );
}

/**
 * A plain GET form, so filtering works with JavaScript off. With JavaScript, choices apply at once,
 * typing searches after a pause, and navigation keeps the page instead of reloading it. On phones
 * everything but the keyword folds behind "Lọc (n)" (a <details>, which needs no script), so the
 * results are on the first screen.
 */
export function FilterForm({ query, capital, activeCount, sectors, locations, forms, path, locale, labels }: FilterFormProps) {
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  const panelRef = useRef<HTMLDetailsElement>(null);
  const debounce = useRef<ReturnType<typeof setTimeout>>(undefined);
  const [pending, startTransition] = useTransition();
  const capitalProblem = Boolean(capital.minCapital.error || capital.maxCapital.error);

  useEffect(() => () => clearTimeout(debounce.current), []);

  // On wide screens the panel is open whatever happened on a narrow one (a rotated tablet, a
  // resized window); CSS already shows it there before this runs.
  useEffect(() => {
    const panel = panelRef.current;
    if (!panel) return;
    const wide = window.matchMedia(WIDE_SCREEN);
    const follow = () => {
      if (wide.matches) panel.open = true;
    };
    follow();
    wide.addEventListener("change", follow);
    return () => wide.removeEventListener("change", follow);
  }, [capitalProblem]);

  const apply = useCallback(() => {
    clearTimeout(debounce.current);
    const form = formRef.current;
    if (!form) return;
    startTransition(() => router.push(urlFor(form, path), { scroll: false }));
  }, [router, path]);

  // Back and forward change the URL under uncontrolled fields: follow it, except in the field
  // the user is typing in (remounting the form instead would take their focus away).
  // On a slow phone a visitor may choose before the script has run: the first run applies what they
  // chose instead of putting the fields back.
  const hydrated = useRef(false);
  useEffect(() => {
    const form = formRef.current;
    if (!form) return;
    const values: Record<string, string> = {
      q: query.q,
      sector: query.sector ?? "",
      location: query.location ?? "",
      form: query.form ?? "",
      minCapital: capital.minCapital.text,
      maxCapital: capital.maxCapital.text,
      sort: sortValue(query),
    };
    const fields = Object.entries(values).flatMap(([name, value]) => {
      const field = form.elements.namedItem(name);
      return field instanceof HTMLInputElement || field instanceof HTMLSelectElement ? [{ field, value }] : [];
    });
    const firstRun = !hydrated.current;
    hydrated.current = true;
    const chosenEarly = (field: HTMLElement) =>
      field instanceof HTMLSelectElement && [...field.options].some((option) => option.selected !== option.defaultSelected);
    if (firstRun && fields.some(({ field }) => chosenEarly(field))) {
      apply();
      return;
    }
    for (const { field, value } of fields) if (field !== document.activeElement) field.value = value;
  }, [query, capital, apply]);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    // On a phone, pressing "Lọc dự án" means "show me": fold the panel so the results come up.
    if (panelRef.current && !window.matchMedia(WIDE_SCREEN).matches) panelRef.current.open = false;
    apply();
  }

  return (
    <form
      ref={formRef}
      method="get"
      action={path}
      role="search"
      aria-label={labels.form}
      onSubmit={onSubmit}
      onChange={(event) => {
        const target = event.target as HTMLElement;
        if (target instanceof HTMLSelectElement) apply();
      }}
      className="grid gap-3 lg:gap-4"
      aria-busy={pending}
    >
      {query.view === "map" ? <input type="hidden" name="view" value="map" /> : null}
      <div>
        <label htmlFor="filter-q" className="block text-sm font-medium text-slate-700">
          {labels.keyword}
        </label>
        <input
          id="filter-q"
          type="search"
          name="q"
          defaultValue={query.q}
          maxLength={200}
          placeholder={labels.keywordPlaceholder}
          className={fieldClass}
          onChange={() => {
            clearTimeout(debounce.current);
            debounce.current = setTimeout(apply, SEARCH_DEBOUNCE_MS);
          }}
        />
        <span role="status" className="mt-1 block text-sm text-slate-500">
          {pending ? labels.loading : ""}
        </span>
      </div>
      {/* Open from the server when a capital input needs the visitor's attention, phones included. */}
      <details ref={panelRef} open={capitalProblem || undefined} className="filter-panel group">
        <summary className="flex cursor-pointer list-none items-center justify-between rounded-md border border-brand-700 bg-white px-4 py-2 text-sm font-semibold text-brand-800 hover:bg-brand-50 [&::-webkit-details-marker]:hidden">
          <span>
            {labels.filter} ({activeCount}
            <span className="sr-only">{labels.activeConditions}</span>)
          </span>
          <span aria-hidden="true" className="transition group-open:rotate-180">
            ▾
          </span>
        </summary>
        <div className="mt-3 grid grid-cols-2 gap-3 lg:mt-0 lg:grid-cols-1 lg:gap-4">
          <FacetSelect id="filter-sector" facet={sectors} name="sector" value={query.sector} all={labels.all} locale={locale} />
          <FacetSelect
            id="filter-location"
            facet={locations}
            name="location"
            value={query.location}
            all={labels.all}
            locale={locale}
          />
          <FacetSelect id="filter-form" facet={forms} name="form" value={query.form} all={labels.all} locale={locale} />
          <fieldset className="col-span-2 lg:col-span-1">
            <legend className="text-sm font-medium text-slate-700">{labels.capitalLegend}</legend>
            <div className="mt-1 grid grid-cols-2 gap-2">
              <CapitalTextInput
                id="filter-min"
                label={labels.capitalFrom}
                name="minCapital"
                input={capital.minCapital}
                placeholder={labels.capitalExample}
              />
              <CapitalTextInput
                id="filter-max"
                label={labels.capitalTo}
                name="maxCapital"
                input={capital.maxCapital}
                placeholder={labels.capitalExample}
              />
            </div>
          </fieldset>
          <div>
            <label htmlFor="filter-sort" className="block text-sm font-medium text-slate-700">
              {labels.sort}
            </label>
            <select id="filter-sort" name="sort" defaultValue={sortValue(query)} className={fieldClass}>
              {SORT_OPTIONS.map((sort) => (
                <option key={sort} value={sort === query.sort ? sortValue(query) : sort}>
                  {labels.sortOptions[sort]}
                </option>
              ))}
            </select>
          </div>
          <div className="col-span-2 flex flex-wrap items-center gap-3 lg:col-span-1">
            <button
              type="submit"
              className="rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-800"
            >
              {labels.apply}
            </button>
            <Link href={path} className="text-sm text-brand-700 underline">
              {labels.clearFilters}
            </Link>
          </div>
        </div>
      </details>
    </form>
  );
}
