"use client";

import { Fragment, useRef, useState, type ReactNode } from "react";
import { useFormContext } from "react-hook-form";
import { parseVietnameseNumber } from "@/lib/format/number";
import type { ProjectFormInput } from "@/lib/projects/project-form-schema";
import { fieldsOfStep, formLabel, templateField, type FieldKey, type ReferenceList, type StepKey } from "@/lib/template/fields";
import type { MapTiles } from "@/lib/maps/map-tiles";
import { CheckboxGroup, SelectInput, TextArea, TextInput, type Option } from "./form-fields";
import { MapPointPicker } from "./map-point-picker";

export type ReferenceOptions = Record<ReferenceList, Option[]>;

/** Longer texts get taller boxes. */
function rowsFor(maxLength: number): number {
  if (maxLength >= 10_000) return 5;
  return maxLength >= 5_000 ? 4 : 3;
}

interface InputExtras {
  onValueChange?: (value: string) => void;
  children?: ReactNode;
}

/** The input for one field of the template, with its label, limits and hint from the table. */
function TemplateFieldInput({ name, options, extras }: { name: FieldKey; options: ReferenceOptions; extras?: InputExtras }) {
  const field = templateField(name);
  const common = { name, label: formLabel(name), required: field.required, hint: field.help };
  switch (field.kind) {
    case "text":
      return <TextInput {...common} maxLength={field.maxLength} />;
    case "longText":
      return <TextArea {...common} rows={rowsFor(field.maxLength)} />;
    case "phone":
      return <TextInput {...common} type="tel" inputMode="tel" />;
    case "email":
      return <TextInput {...common} type="email" inputMode="email" />;
    case "url":
      return <TextInput {...common} inputMode="url" />;
    case "choice":
      return <SelectInput {...common} options={options[field.list]} />;
    case "multiChoice":
      return <CheckboxGroup name={name} legend={common.label} hint={field.help} options={options[field.list]} />;
    case "money":
    case "number":
      return (
        <TextInput
          {...common}
          // A coordinate may be negative elsewhere and is pasted with either mark: a plain keyboard.
          inputMode={field.decimals === 0 ? "numeric" : field.kind === "number" && field.coordinate ? "text" : "decimal"}
          onValueChange={extras?.onValueChange}
        >
          {extras?.children}
        </TextInput>
      );
  }
}

const readAmount = (value: string | number | null | undefined) => parseVietnameseNumber(String(value ?? ""));

/**
 * A USD equivalent follows the capital in tỷ đồng it was entered against: when the capital changes,
 * the old USD figure is cleared, with a note asking the unit to enter it again. It is not recomputed:
 * the figure is the unit's own, from its documents and the exchange rate it used, and the portal has
 * no rate it could publish under the unit's name; a stale figure beside a new capital would mislead.
 */
function useUsdFollowsCapital(keys: FieldKey[]): Partial<Record<FieldKey, InputExtras>> {
  const { getValues, setValue } = useFormContext<ProjectFormInput>();
  const usdKey = keys.find((key) => {
    const field = templateField(key);
    return field.kind === "money" && field.currency === "USD";
  });
  const capitalKey = usdKey ? templateField(usdKey).shownWith : undefined;
  const basis = useRef(capitalKey ? readAmount(getValues(capitalKey as FieldKey) as string) : null);
  const [cleared, setCleared] = useState<string | null>(null);
  if (!usdKey || !capitalKey) return {};
  return {
    [capitalKey]: {
      onValueChange(text: string) {
        const usd = String(getValues(usdKey) ?? "").trim();
        if (usd === "" || readAmount(text) === basis.current) return;
        setValue(usdKey, "");
        setCleared(usd);
      },
    },
    [usdKey]: {
      onValueChange() {
        basis.current = readAmount(getValues(capitalKey as FieldKey) as string);
        setCleared(null);
      },
      children:
        cleared !== null ? (
          <p role="status" className="mt-1 rounded-md border border-amber-300 bg-amber-50 p-2 text-sm text-amber-950">
            Tổng vốn vừa thay đổi nên số tương đương cũ ({cleared} triệu USD) đã được xóa. Vui lòng nhập lại theo tổng vốn mới,
            hoặc để trống nếu chưa có.
          </p>
        ) : null,
    },
  };
}

/** One data step of the form: the table's fields of that step, in order; the map under the map point. */
export function TemplateStep({ step, options, tiles }: { step: StepKey; options: ReferenceOptions; tiles?: MapTiles }) {
  const keys = fieldsOfStep(step);
  const extras = useUsdFollowsCapital(keys);
  return (
    <div className="grid gap-5 sm:grid-cols-2">
      {keys.map((key) => {
        const field = templateField(key);
        return (
          <Fragment key={key}>
            <div className={field.wide || field.kind === "longText" ? "sm:col-span-2" : undefined}>
              <TemplateFieldInput name={key} options={options} extras={extras[key]} />
            </div>
            {field.kind === "number" && field.coordinate === "longitude" && tiles ? (
              <div className="sm:col-span-2">
                <MapPointPicker tiles={tiles} />
              </div>
            ) : null}
          </Fragment>
        );
      })}
    </div>
  );
}
