"use client";

import { PROJECT_LABELS, UNIT_LABELS } from "@/lib/projects/template-labels";
import { CheckboxGroup, SelectInput, TextArea, TextInput, type Option } from "./form-fields";

export interface ReferenceOptions {
  sectors: Option[];
  forms: Option[];
  locations: Option[];
}

export function UnitStep() {
  return (
    <div className="grid gap-5 sm:grid-cols-2">
      <div className="sm:col-span-2">
        <TextInput name="unitName" label={UNIT_LABELS.unitName} required maxLength={300} />
      </div>
      <div className="sm:col-span-2">
        <TextInput name="unitAddress" label={UNIT_LABELS.unitAddress} required maxLength={500} />
      </div>
      <TextInput name="unitPhone" label={UNIT_LABELS.unitPhone} required type="tel" inputMode="tel" />
      <TextInput name="unitFax" label={UNIT_LABELS.unitFax} type="tel" inputMode="tel" />
      <TextInput name="unitEmail" label={UNIT_LABELS.unitEmail} required type="email" inputMode="email" />
      <TextInput name="unitWebsite" label={UNIT_LABELS.unitWebsite} inputMode="url" hint="Ví dụ: sgtvt.kiengiang.gov.vn" />
      <TextInput name="contactName" label={UNIT_LABELS.contactName} required maxLength={200} />
      <TextInput name="contactTitle" label={UNIT_LABELS.contactTitle} required maxLength={200} />
    </div>
  );
}

export function GeneralStep({ options }: { options: ReferenceOptions }) {
  return (
    <div className="grid gap-5">
      <SelectInput name="sectorCode" label={PROJECT_LABELS.sector} required options={options.sectors} />
      <TextInput name="name" label={PROJECT_LABELS.name} required maxLength={300} />
      <TextArea name="objectives" label={PROJECT_LABELS.objectives} required rows={5} hint="Ít nhất 20 ký tự." />
      <SelectInput name="investmentFormCode" label={PROJECT_LABELS.investmentForm} required options={options.forms} />
    </div>
  );
}

export function ScaleStep() {
  return (
    <div className="grid gap-5 sm:grid-cols-2">
      <TextInput
        name="capitalTy"
        label={`${PROJECT_LABELS.capital} (tỷ đồng)`}
        required
        inputMode="decimal"
        hint="Ví dụ: 1.250,5 (một nghìn hai trăm năm mươi tỷ năm trăm triệu đồng)"
      />
      <TextInput name="capitalUsdMillion" label="Tương đương (triệu USD)" inputMode="decimal" />
      <div className="sm:col-span-2">
        <TextArea name="scale" label={PROJECT_LABELS.scale} required rows={3} />
      </div>
      <TextInput name="areaHa" label={PROJECT_LABELS.area} inputMode="decimal" />
      <TextInput name="durationYears" label={PROJECT_LABELS.duration} required inputMode="numeric" hint="Từ 1 đến 70 năm." />
      <div className="sm:col-span-2">
        <TextArea name="implementationPlan" label={PROJECT_LABELS.implementationPlan} required rows={4} />
      </div>
      <div className="sm:col-span-2">
        <TextArea name="legalBasis" label={PROJECT_LABELS.legalBasis} required rows={4} />
      </div>
    </div>
  );
}

export function SiteStep({ options }: { options: ReferenceOptions }) {
  return (
    <div className="grid gap-5">
      <CheckboxGroup name="locationCodes" legend={PROJECT_LABELS.location} options={options.locations} />
      <TextArea name="locationText" label="Địa chỉ, vị trí, diện tích khu đất" required rows={3} />
      <TextArea name="infrastructure" label={PROJECT_LABELS.infrastructure} required rows={4} />
      <TextArea name="incentives" label={PROJECT_LABELS.incentives} required rows={4} />
    </div>
  );
}

export function ImpactStep() {
  return (
    <div className="grid gap-5">
      <TextArea name="socialEfficiency" label={PROJECT_LABELS.socialEfficiency} required rows={4} />
      <TextArea name="dossierSubmission" label={PROJECT_LABELS.dossierSubmission} required rows={3} />
    </div>
  );
}
