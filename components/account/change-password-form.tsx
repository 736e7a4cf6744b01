"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import { Field, FormNotice, describedBy, inputClass, primaryButtonClass } from "@/components/forms/field";
import { useActionSubmit } from "@/components/forms/use-action-submit";
import { useHydrated } from "@/components/forms/use-hydrated";
import { changePasswordAction } from "@/lib/auth/password-actions";
import { changePasswordSchema, type ChangePasswordInput } from "@/lib/auth/password-schema";
import { PASSWORD_HINT } from "./set-password-form";

const EMPTY: ChangePasswordInput = { currentPassword: "", password: "", confirmPassword: "" };

export function ChangePasswordForm() {
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors },
  } = useForm<ChangePasswordInput>({ resolver: zodResolver(changePasswordSchema), defaultValues: EMPTY });
  const { notice, setNotice, busy, submit } = useActionSubmit(setError);
  const hydrated = useHydrated();

  const onSubmit = handleSubmit(async (values) => {
    if (await submit(() => changePasswordAction(values))) {
      reset(EMPTY);
      setNotice({ kind: "success", text: "Đã đổi mật khẩu. Các phiên đăng nhập trên thiết bị khác đã kết thúc." });
    }
  });

  const fields = [
    { name: "currentPassword", id: "current-password", label: "Mật khẩu hiện tại", autoComplete: "current-password" },
    { name: "password", id: "new-password", label: "Mật khẩu mới", autoComplete: "new-password", hint: PASSWORD_HINT },
    { name: "confirmPassword", id: "confirm-password", label: "Nhập lại mật khẩu mới", autoComplete: "new-password" },
  ] as const;

  return (
    // POST, so that even a form sent before the page is ready never puts a password in the address.
    <form method="post" onSubmit={onSubmit} noValidate className="mt-4 space-y-4 rounded-lg border border-slate-200 bg-white p-5">
      <FormNotice notice={notice} />
      <fieldset disabled={!hydrated || busy} className="min-w-0 space-y-4">
        {fields.map((field) => {
          const error = errors[field.name];
          const hint = "hint" in field ? field.hint : undefined;
          return (
            <Field key={field.name} id={field.id} label={field.label} hint={hint} error={error?.message}>
              <input
                id={field.id}
                type="password"
                autoComplete={field.autoComplete}
                {...register(field.name)}
                aria-invalid={error ? true : undefined}
                aria-describedby={describedBy(field.id, { hint, error })}
                className={inputClass}
              />
            </Field>
          );
        })}
        <button type="submit" disabled={busy} className={primaryButtonClass}>
          {busy ? "Đang lưu…" : "Đổi mật khẩu"}
        </button>
      </fieldset>
    </form>
  );
}
