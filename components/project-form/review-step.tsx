"use client";

import { useFormContext } from "react-hook-form";
import type { ProjectFormInput } from "@/lib/projects/project-form-schema";
import { PROJECT_LABELS, SECTION_II_TITLE, SECTION_I_TITLE, UNIT_LABELS } from "@/lib/projects/template-labels";
import type { ReferenceOptions } from "./form-steps";

function Row({ label, value }: { label: string; value: string }) {
  return (
    <div className="border-t border-slate-100 py-2 sm:grid sm:grid-cols-[15rem_1fr] sm:gap-4">
      <dt className="font-medium text-slate-700">{label}</dt>
      <dd className="whitespace-pre-line text-slate-900 [overflow-wrap:anywhere]">{value.trim() ? value : <em className="text-red-700">Chưa nhập</em>}</dd>
    </div>
  );
}

const nameOf = (items: { code: string; name: string }[], code: string) => items.find((item) => item.code === code)?.name ?? "";

export function ReviewStep({ options, onEdit }: { options: ReferenceOptions; onEdit: (step: number) => void }) {
  const values = useFormContext<ProjectFormInput>().getValues();
  const text = (value: unknown) => (value === undefined || value === null ? "" : String(value));
  const editButton = (step: number) => (
    <button type="button" onClick={() => onEdit(step)} className="text-sm font-medium text-brand-700 underline">
      Sửa bước {step}
    </button>
  );
  return (
    <div className="space-y-6">
      <section>
        <div className="flex items-baseline justify-between gap-2">
          <h3 className="font-bold text-brand-900">{SECTION_I_TITLE}</h3>
          {editButton(1)}
        </div>
        <dl className="mt-2">
          {(Object.keys(UNIT_LABELS) as (keyof typeof UNIT_LABELS)[]).map((key) => (
            <Row key={key} label={UNIT_LABELS[key]} value={text(values[key])} />
          ))}
        </dl>
      </section>
      <section>
        <div className="flex items-baseline justify-between gap-2">
          <h3 className="font-bold text-brand-900">{SECTION_II_TITLE}</h3>
          <span className="flex gap-3">
            {editButton(2)}
            {editButton(3)}
            {editButton(4)}
            {editButton(5)}
          </span>
        </div>
        <dl className="mt-2">
          <Row label={PROJECT_LABELS.sector} value={nameOf(options.sectors, values.sectorCode)} />
          <Row label={PROJECT_LABELS.name} value={values.name} />
          <Row label={PROJECT_LABELS.objectives} value={values.objectives} />
          <Row label={PROJECT_LABELS.investmentForm} value={nameOf(options.forms, values.investmentFormCode)} />
          <Row label={`${PROJECT_LABELS.capital} (tỷ đồng)`} value={text(values.capitalTy)} />
          <Row label="Tương đương (triệu USD)" value={text(values.capitalUsdMillion) || "—"} />
          <Row label={PROJECT_LABELS.scale} value={values.scale} />
          <Row label={PROJECT_LABELS.area} value={text(values.areaHa) || "—"} />
          <Row label={PROJECT_LABELS.duration} value={text(values.durationYears)} />
          <Row label={PROJECT_LABELS.implementationPlan} value={values.implementationPlan} />
          <Row label={PROJECT_LABELS.legalBasis} value={values.legalBasis} />
          <Row
            label={PROJECT_LABELS.location}
            value={[values.locationCodes.map((code) => nameOf(options.locations, code)).join(", "), values.locationText].filter(Boolean).join("\n")}
          />
          <Row label={PROJECT_LABELS.infrastructure} value={values.infrastructure} />
          <Row label={PROJECT_LABELS.incentives} value={values.incentives} />
          <Row label={PROJECT_LABELS.socialEfficiency} value={values.socialEfficiency} />
          <Row label={PROJECT_LABELS.dossierSubmission} value={values.dossierSubmission} />
        </dl>
      </section>
    </div>
  );
}
