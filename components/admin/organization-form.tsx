"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { Field, FormNotice, describedBy, inputClass, primaryButtonClass } from "@/components/forms/field";
import { useActionSubmit } from "@/components/forms/use-action-submit";
import { useHydrated } from "@/components/forms/use-hydrated";
import { createOrganizationAction, updateOrganizationAction } from "@/lib/organizations/organization-actions";
import { KIND_LABELS, ORGANIZATION_KINDS } from "@/lib/organizations/organization-kinds";
import { createOrganizationSchema, type CreateOrganizationInput } from "@/lib/organizations/organization-schema";
import { slugify } from "@/lib/projects/slug";

type Values = CreateOrganizationInput;

const CONTACT_FIELDS = [
  { name: "address", label: "Địa chỉ", type: "text", autoComplete: "street-address" },
  { name: "phone", label: "Điện thoại", type: "tel", autoComplete: "tel" },
  { name: "fax", label: "Fax", type: "tel", autoComplete: "off" },
  { name: "email", label: "Email", type: "email", autoComplete: "email" },
  { name: "website", label: "Website", type: "url", autoComplete: "url" },
  { name: "contactName", label: "Người liên hệ", type: "text", autoComplete: "name" },
  { name: "contactTitle", label: "Chức vụ", type: "text", autoComplete: "organization-title" },
] as const;

/**
 * A unit's details. Creating one also sets its code, suggested from the name; the code is part of
 * report URLs and stays as it is afterwards. The edit form validates with the same schema, the code
 * standing in for the unit's id.
 */
export function OrganizationForm({ organizationId, initial }: { organizationId?: string; initial: Values }) {
  const router = useRouter();
  const editing = organizationId !== undefined;
  const {
    register,
    handleSubmit,
    setError,
    setValue,
    getValues,
    formState: { errors, dirtyFields },
  } = useForm<Values>({ resolver: zodResolver(createOrganizationSchema), defaultValues: initial });
  const { notice, setNotice, busy, submit } = useActionSubmit(setError);
  const hydrated = useHydrated();

  const onSubmit = handleSubmit(async ({ code, ...details }) => {
    if (editing) {
      if (await submit(() => updateOrganizationAction({ organizationId, ...details }))) {
        setNotice({ kind: "success", text: "Đã lưu thông tin đơn vị. Hồ sơ dự án mới của đơn vị sẽ dùng thông tin này." });
        router.refresh();
      }
      return;
    }
    const result = await submit(() => createOrganizationAction({ code, ...details }));
    if (result) router.push(`/admin/organisations/${result.data.code}?created=1`);
  });

  const error = (name: keyof Values) => errors[name]?.message;
  return (
    <form
      method="post"
      onSubmit={onSubmit}
      noValidate
      className="mt-4 space-y-4 rounded-lg border border-slate-200 bg-white p-4 sm:p-6"
    >
      <FormNotice notice={notice} />
      <fieldset disabled={!hydrated || busy} className="min-w-0 space-y-4">
        <div className="grid gap-4 sm:grid-cols-2">
          <div className="sm:col-span-2">
            <Field id="org-name" label="Tên đơn vị" error={error("name")}>
              <input
                id="org-name"
                {...register("name", {
                  onBlur: () => {
                    if (!editing && !dirtyFields.code) setValue("code", slugify(getValues("name")));
                  },
                })}
                aria-invalid={errors.name ? true : undefined}
                aria-describedby={describedBy("org-name", { error: errors.name })}
                className={inputClass}
              />
            </Field>
          </div>
          <Field
            id="org-code"
            label="Mã đơn vị"
            hint={
              editing
                ? "Mã nằm trong địa chỉ trang báo cáo của đơn vị nên không đổi được."
                : "Chữ thường không dấu, chữ số, dấu gạch ngang; không đổi được sau khi tạo."
            }
            error={error("code")}
          >
            <input
              id="org-code"
              readOnly={editing}
              {...register("code")}
              aria-invalid={errors.code ? true : undefined}
              aria-describedby={describedBy("org-code", { hint: true, error: errors.code })}
              className={`${inputClass} read-only:bg-slate-100 read-only:text-slate-600`}
            />
          </Field>
          <Field id="org-kind" label="Loại đơn vị" error={error("kind")}>
            <select
              id="org-kind"
              {...register("kind")}
              aria-invalid={errors.kind ? true : undefined}
              aria-describedby={describedBy("org-kind", { error: errors.kind })}
              className={inputClass}
            >
              {ORGANIZATION_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {KIND_LABELS[kind]}
                </option>
              ))}
            </select>
          </Field>
        </div>
        <fieldset className="rounded-md border border-slate-200 p-4">
          <legend className="px-1 text-sm font-semibold text-slate-800">
            Thông tin liên hệ (điền sẵn vào mục I của mẫu dự án)
          </legend>
          <div className="grid gap-4 sm:grid-cols-2">
            {CONTACT_FIELDS.map((field) => (
              <div key={field.name} className={field.name === "address" ? "sm:col-span-2" : undefined}>
                <Field id={`org-${field.name}`} label={field.label} error={error(field.name)}>
                  <input
                    id={`org-${field.name}`}
                    type={field.type}
                    autoComplete={field.autoComplete}
                    {...register(field.name)}
                    aria-invalid={errors[field.name] ? true : undefined}
                    aria-describedby={describedBy(`org-${field.name}`, { error: errors[field.name] })}
                    className={inputClass}
                  />
                </Field>
              </div>
            ))}
          </div>
        </fieldset>
        <button type="submit" disabled={busy} className={primaryButtonClass}>
          {busy ? "Đang lưu…" : editing ? "Lưu thay đổi" : "Thêm đơn vị"}
        </button>
      </fieldset>
    </form>
  );
}
