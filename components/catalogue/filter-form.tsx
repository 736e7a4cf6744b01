"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useTransition, type FormEvent } from "react";
import type { CatalogueQuery } from "@/lib/catalogue/catalogue-query";
import { SORT_OPTIONS, type CatalogueSort } from "@/lib/catalogue/catalogue-sort";

export interface FacetOption {
  code: string;
  name: string;
  count: number;
}

interface FilterFormProps {
  query: CatalogueQuery;
  sectors: FacetOption[];
  locations: FacetOption[];
  forms: FacetOption[];
}

const SORT_LABELS: Record<CatalogueSort, string> = {
  newest: "Mới công bố",
  updated: "Mới xác nhận, cập nhật",
  "capital-desc": "Vốn đầu tư giảm dần",
  "capital-asc": "Vốn đầu tư tăng dần",
  name: "Tên dự án (A–Z)",
};

const SEARCH_DEBOUNCE_MS = 500;

/** The URL for the form's current values, leaving empty fields out so links stay readable. */
function urlFor(form: HTMLFormElement): string {
  const params = new URLSearchParams();
  for (const [key, value] of new FormData(form)) {
    if (typeof value !== "string" || value.trim() === "") continue;
    if (key === "sort" && value === "newest") continue;
    params.set(key, value.trim());
  }
  const search = params.toString();
  return search ? `/projects?${search}` : "/projects";
}

const fieldClass =
  "mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm focus:border-brand-600";

function FacetSelect({ id, label, name, options, value }: { id: string; label: string; name: string; options: FacetOption[]; value?: string }) {
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium text-slate-700">
        {label}
      </label>
      <select id={id} name={name} defaultValue={value ?? ""} className={fieldClass}>
        <option value="">Tất cả</option>
        {options.map((option) => (
          <option key={option.code} value={option.code}>
            {option.name} ({option.count.toLocaleString("vi-VN")})
          </option>
        ))}
      </select>
    </div>
  );
}

/**
 * A plain GET form, so filtering works with JavaScript off. With JavaScript, choices apply at once,
 * typing searches after a pause, and navigation keeps the page instead of reloading it.
 */
export function FilterForm({ query, sectors, locations, forms }: FilterFormProps) {
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  const debounce = useRef<ReturnType<typeof setTimeout>>(undefined);
  const [pending, startTransition] = useTransition();

  useEffect(() => () => clearTimeout(debounce.current), []);

  // Back and forward change the URL under uncontrolled fields: follow it, except in the field
  // the user is typing in (remounting the form instead would take their focus away).
  useEffect(() => {
    const form = formRef.current;
    if (!form) return;
    const values: Record<string, string> = {
      q: query.q,
      sector: query.sector ?? "",
      location: query.location ?? "",
      form: query.form ?? "",
      minCapital: query.minCapital?.toString() ?? "",
      maxCapital: query.maxCapital?.toString() ?? "",
      sort: query.sort,
    };
    for (const [name, value] of Object.entries(values)) {
      const field = form.elements.namedItem(name);
      if ((field instanceof HTMLInputElement || field instanceof HTMLSelectElement) && field !== document.activeElement) {
        field.value = value;
      }
    }
  }, [query]);

  function apply() {
    clearTimeout(debounce.current);
    const form = formRef.current;
    if (!form) return;
    startTransition(() => router.push(urlFor(form), { scroll: false }));
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    apply();
  }

  return (
    <form
      ref={formRef}
      method="get"
      action="/projects"
      role="search"
      aria-label="Tìm kiếm và lọc dự án"
      onSubmit={onSubmit}
      onChange={(event) => {
        const target = event.target as HTMLElement;
        if (target instanceof HTMLSelectElement) apply();
      }}
      className="grid grid-cols-2 gap-3 lg:grid-cols-1 lg:gap-4"
      aria-busy={pending}
    >
      <div className="col-span-2 lg:col-span-1">
        <label htmlFor="filter-q" className="block text-sm font-medium text-slate-700">
          Từ khóa
        </label>
        <input
          id="filter-q"
          type="search"
          name="q"
          defaultValue={query.q}
          maxLength={200}
          placeholder="Tên dự án, địa điểm… (gõ có dấu hoặc không dấu)"
          className={fieldClass}
          onChange={() => {
            clearTimeout(debounce.current);
            debounce.current = setTimeout(apply, SEARCH_DEBOUNCE_MS);
          }}
        />
      </div>
      <FacetSelect id="filter-sector" label="Ngành / Lĩnh vực" name="sector" options={sectors} value={query.sector} />
      <FacetSelect id="filter-location" label="Địa bàn" name="location" options={locations} value={query.location} />
      <FacetSelect id="filter-form" label="Hình thức đầu tư" name="form" options={forms} value={query.form} />
      <fieldset className="col-span-2 lg:col-span-1">
        <legend className="text-sm font-medium text-slate-700">Tổng vốn đầu tư (tỷ đồng)</legend>
        <div className="mt-1 grid grid-cols-2 gap-2">
          <div>
            <label htmlFor="filter-min" className="text-xs text-slate-600">
              Từ
            </label>
            <input id="filter-min" name="minCapital" type="number" min={0} step="any" inputMode="decimal" defaultValue={query.minCapital} className={fieldClass} />
          </div>
          <div>
            <label htmlFor="filter-max" className="text-xs text-slate-600">
              Đến
            </label>
            <input id="filter-max" name="maxCapital" type="number" min={0} step="any" inputMode="decimal" defaultValue={query.maxCapital} className={fieldClass} />
          </div>
        </div>
      </fieldset>
      <div>
        <label htmlFor="filter-sort" className="block text-sm font-medium text-slate-700">
          Sắp xếp
        </label>
        <select id="filter-sort" name="sort" defaultValue={query.sort} className={fieldClass}>
          {SORT_OPTIONS.map((sort) => (
            <option key={sort} value={sort}>
              {SORT_LABELS[sort]}
            </option>
          ))}
        </select>
      </div>
      <div className="col-span-2 flex flex-wrap items-center gap-3 lg:col-span-1">
        <button type="submit" className="rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-800">
          Lọc dự án
        </button>
        <Link href="/projects" className="text-sm text-brand-700 underline">
          Xóa bộ lọc
        </Link>
        <span role="status" className="text-sm text-slate-500">
          {pending ? "Đang tải…" : ""}
        </span>
      </div>
    </form>
  );
}
