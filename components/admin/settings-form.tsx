"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { Field, FormNotice, describedBy, inputClass, primaryButtonClass } from "@/components/forms/field";
import { useActionSubmit } from "@/components/forms/use-action-submit";
import { useHydrated } from "@/components/forms/use-hydrated";
import { updateSiteSettingsAction } from "@/lib/settings/settings-actions";
import { SETTINGS_FIELDS, siteSettingsSchema, type SiteSettingsInput } from "@/lib/settings/settings-schema";

const GROUPS = [...new Set(SETTINGS_FIELDS.map((field) => field.group))];

export function SettingsForm({ initial }: { initial: SiteSettingsInput }) {
  const router = useRouter();
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<SiteSettingsInput>({ resolver: zodResolver(siteSettingsSchema), defaultValues: initial });
  const { notice, setNotice, busy, submit } = useActionSubmit(setError);
  const hydrated = useHydrated();

  const onSubmit = handleSubmit(async (values) => {
    if (await submit(() => updateSiteSettingsAction(values))) {
      setNotice({ kind: "success", text: "Đã lưu cấu hình. Mọi trang của cổng hiển thị thông tin mới trong vài giây." });
      router.refresh();
    }
  });

  return (
    <form method="post" onSubmit={onSubmit} noValidate className="mt-4 space-y-6">
      <FormNotice notice={notice} />
      <fieldset disabled={!hydrated || busy} className="min-w-0 space-y-6">
        {GROUPS.map((group) => (
          <fieldset key={group} className="rounded-lg border border-slate-200 bg-white p-4">
            <legend className="px-1 font-semibold text-brand-900">{group}</legend>
            <div className="grid gap-4 sm:grid-cols-2">
              {SETTINGS_FIELDS.filter((field) => field.group === group).map((field) => {
                const id = `settings-${field.name}`;
                const error = errors[field.name];
                const props = {
                  id,
                  ...register(field.name),
                  "aria-invalid": error ? true : undefined,
                  "aria-describedby": describedBy(id, { hint: field.hint, error }),
                  className: inputClass,
                };
                return (
                  <div
                    key={field.name}
                    className={
                      field.multiline || field.name.endsWith("Name") || field.name.endsWith("Address")
                        ? "sm:col-span-2"
                        : undefined
                    }
                  >
                    <Field id={id} label={field.label} hint={field.hint} error={error?.message}>
                      {field.multiline ? (
                        <textarea rows={3} {...props} />
                      ) : (
                        <input type={field.name.endsWith("Email") ? "email" : "text"} {...props} />
                      )}
                    </Field>
                  </div>
                );
              })}
            </div>
          </fieldset>
        ))}
        <button type="submit" disabled={busy} className={primaryButtonClass}>
          {busy ? "Đang lưu…" : "Lưu cấu hình"}
        </button>
      </fieldset>
    </form>
  );
}
