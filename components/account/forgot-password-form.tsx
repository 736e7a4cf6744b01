"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Field, FormNotice, describedBy, inputClass, primaryButtonClass } from "@/components/forms/field";
import { useActionSubmit } from "@/components/forms/use-action-submit";
import { useHydrated } from "@/components/forms/use-hydrated";
import { forgotPasswordAction } from "@/lib/auth/password-actions";
import { forgotPasswordSchema, type ForgotPasswordInput } from "@/lib/auth/password-schema";

/** The answer says the same for every address: whether it has an account is never revealed. */
export function ForgotPasswordForm() {
  const [sentTo, setSentTo] = useState<string>();
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<ForgotPasswordInput>({ resolver: zodResolver(forgotPasswordSchema), defaultValues: { email: "" } });
  const { notice, busy, submit } = useActionSubmit(setError);
  const hydrated = useHydrated();

  const onSubmit = handleSubmit(async (values) => {
    const result = await submit(() => forgotPasswordAction(values));
    if (result) setSentTo(result.data.email);
  });

  if (sentTo) {
    return (
      <div role="status" className="mt-6 rounded-lg border border-emerald-300 bg-emerald-50 p-5 text-emerald-950">
        <p className="font-semibold">Đã ghi nhận yêu cầu.</p>
        <p className="mt-2">
          Nếu {sentTo} là email của một tài khoản đang hoạt động, thư hướng dẫn đặt lại mật khẩu sẽ được gửi đến hộp thư đó trong
          ít phút. Liên kết trong thư dùng được một lần và hết hạn sau 1 giờ.
        </p>
        <p className="mt-2 text-sm">
          Không nhận được thư? Vui lòng kiểm tra thư mục thư rác, hoặc liên hệ quản trị cổng thông tin.
        </p>
      </div>
    );
  }

  return (
    <form method="post" onSubmit={onSubmit} noValidate className="mt-6 space-y-4 rounded-lg border border-slate-200 bg-white p-5">
      <FormNotice notice={notice} />
      <fieldset disabled={!hydrated || busy} className="min-w-0 space-y-4">
        <Field id="forgot-email" label="Email" error={errors.email?.message}>
          <input
            id="forgot-email"
            type="email"
            autoComplete="username"
            maxLength={254}
            {...register("email")}
            aria-invalid={errors.email ? true : undefined}
            aria-describedby={describedBy("forgot-email", { error: errors.email })}
            className={inputClass}
          />
        </Field>
        <button type="submit" disabled={busy} className={`w-full ${primaryButtonClass}`}>
          {busy ? "Đang gửi…" : "Gửi liên kết đặt lại mật khẩu"}
        </button>
      </fieldset>
    </form>
  );
}
