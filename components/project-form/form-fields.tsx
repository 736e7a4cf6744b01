"use client";

import type { ReactNode } from "react";
import { useFormContext, type FieldPath } from "react-hook-form";
import type { ProjectFormInput } from "@/lib/projects/project-form-schema";

type Name = FieldPath<ProjectFormInput>;

const controlClass =
  "mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-slate-900 shadow-sm focus:border-brand-600 aria-[invalid=true]:border-red-600 aria-[invalid=true]:bg-red-50";

function useFieldState(name: Name) {
  const {
    register,
    formState: { errors },
  } = useFormContext<ProjectFormInput>();
  const error = name.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], errors) as
    { message?: string } | undefined;
  const id = `field-${name}`;
  return { register, error: error?.message, id, errorId: `${id}-error`, hintId: `${id}-hint` };
}

interface FieldShellProps {
  id: string;
  label: string;
  required?: boolean;
  hint?: string;
  hintId: string;
  error?: string;
  errorId: string;
  children: ReactNode;
}

function FieldShell({ id, label, required, hint, hintId, error, errorId, children }: FieldShellProps) {
  return (
    <div>
      <label htmlFor={id} className="block font-medium text-slate-800">
        {label}
        {required ? (
          <span className="text-red-700" aria-hidden="true">
            {" "}
            *
          </span>
        ) : (
          <span className="text-sm font-normal text-slate-500"> (không bắt buộc)</span>
        )}
      </label>
      {hint ? (
        <p id={hintId} className="mt-0.5 text-sm text-slate-500">
          {hint}
        </p>
      ) : null}
      {children}
      {error ? (
        <p id={errorId} className="mt-1 text-sm font-medium text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}

/** The accessibility attributes every control shares: required, invalid, and what describes it. */
function controlProps(o: { id: string; required?: boolean; hint?: string; hintId: string; error?: string; errorId: string }) {
  return {
    id: o.id,
    "aria-required": o.required || undefined,
    "aria-invalid": o.error ? true : undefined,
    "aria-describedby": [o.hint ? o.hintId : null, o.error ? o.errorId : null].filter(Boolean).join(" ") || undefined,
    className: controlClass,
  } as const;
}

interface InputProps {
  name: Name;
  label: string;
  required?: boolean;
  hint?: string;
  type?: "text" | "email" | "tel" | "url";
  inputMode?: "text" | "decimal" | "numeric" | "email" | "tel" | "url";
  maxLength?: number;
  autoComplete?: string;
}

export function TextInput({
  name,
  label,
  required,
  hint,
  type = "text",
  inputMode,
  maxLength,
  autoComplete,
  onValueChange,
  children,
}: InputProps & { onValueChange?: (value: string) => void; children?: ReactNode }) {
  const { register, error, id, errorId, hintId } = useFieldState(name);
  return (
    <FieldShell id={id} label={label} required={required} hint={hint} hintId={hintId} error={error} errorId={errorId}>
      <input
        type={type}
        inputMode={inputMode}
        maxLength={maxLength}
        autoComplete={autoComplete ?? "off"}
        {...controlProps({ id, required, hint, hintId, error, errorId })}
        {...register(name, onValueChange ? { onChange: (event) => onValueChange(event.target.value) } : undefined)}
      />
      {children}
    </FieldShell>
  );
}

export function TextArea({ name, label, required, hint, rows = 4, maxLength }: Omit<InputProps, "type"> & { rows?: number }) {
  const { register, error, id, errorId, hintId } = useFieldState(name);
  return (
    <FieldShell id={id} label={label} required={required} hint={hint} hintId={hintId} error={error} errorId={errorId}>
      <textarea
        rows={rows}
        maxLength={maxLength}
        {...controlProps({ id, required, hint, hintId, error, errorId })}
        {...register(name)}
      />
    </FieldShell>
  );
}

export interface Option {
  code: string;
  name: string;
}

export function SelectInput({ name, label, required, hint, options }: Omit<InputProps, "type"> & { options: Option[] }) {
  const { register, error, id, errorId, hintId } = useFieldState(name);
  return (
    <FieldShell id={id} label={label} required={required} hint={hint} hintId={hintId} error={error} errorId={errorId}>
      <select {...controlProps({ id, required, hint, hintId, error, errorId })} {...register(name)}>
        <option value="">— Chọn —</option>
        {options.map((option) => (
          <option key={option.code} value={option.code}>
            {option.name}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}

export function CheckboxGroup({ name, legend, hint, options }: { name: Name; legend: string; hint?: string; options: Option[] }) {
  const { register, error, errorId, hintId } = useFieldState(name);
  return (
    <fieldset aria-describedby={[hint ? hintId : null, error ? errorId : null].filter(Boolean).join(" ") || undefined}>
      <legend className="font-medium text-slate-800">
        {legend}
        <span className="text-red-700" aria-hidden="true">
          {" "}
          *
        </span>
      </legend>
      {hint ? (
        <p id={hintId} className="text-sm text-slate-500">
          {hint}
        </p>
      ) : null}
      <div className="mt-2 grid grid-cols-1 gap-x-4 gap-y-2 sm:grid-cols-2 lg:grid-cols-3">
        {options.map((option) => (
          <label key={option.code} className="flex items-center gap-2 text-slate-800">
            <input type="checkbox" value={option.code} className="h-4 w-4 accent-brand-700" {...register(name)} />
            {option.name}
          </label>
        ))}
      </div>
      {error ? (
        <p id={errorId} className="mt-1 text-sm font-medium text-red-700">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
