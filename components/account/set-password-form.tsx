"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { Field, FormNotice, describedBy, inputClass, primaryButtonClass } from "@/components/forms/field";
import { useActionSubmit } from "@/components/forms/use-action-submit";
import { useHydrated } from "@/components/forms/use-hydrated";
import { acceptInvitationAction, resetPasswordAction } from "@/lib/auth/password-actions";
import { PASSWORD_MIN_LENGTH, setPasswordSchema, type SetPasswordInput } from "@/lib/auth/password-schema";

export const PASSWORD_HINT = `Ít nhất ${PASSWORD_MIN_LENGTH} ký tự. Nên dùng một cụm từ dài, dễ nhớ với anh/chị; không cần ký tự đặc biệt. Mật khẩu quá phổ biến sẽ bị từ chối.`;

/** The form behind an invitation or reset link; the link's token travels with the password. */
export function SetPasswordForm({ token, purpose }: { token: string; purpose: "invitation" | "reset" }) {
  const router = useRouter();
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<SetPasswordInput>({
    resolver: zodResolver(setPasswordSchema),
    defaultValues: { token, password: "", confirmPassword: "" },
  });
  const { notice, busy, submit } = useActionSubmit(setError);
  const hydrated = useHydrated();

  const onSubmit = handleSubmit(async (values) => {
    const action = purpose === "invitation" ? acceptInvitationAction : resetPasswordAction;
    if (await submit(() => action(values)))
      router.push(`/login?notice=${purpose === "invitation" ? "activated" : "password-reset"}`);
  });

  return (
    // POST, so that even a form sent before the page is ready never puts a password in the address.
    <form method="post" onSubmit={onSubmit} noValidate className="mt-6 space-y-4 rounded-lg border border-slate-200 bg-white p-5">
      <FormNotice notice={notice} />
      <fieldset disabled={!hydrated || busy} className="min-w-0 space-y-4">
        <Field id="new-password" label="Mật khẩu mới" hint={PASSWORD_HINT} error={errors.password?.message}>
          <input
            id="new-password"
            type="password"
            autoComplete="new-password"
            {...register("password")}
            aria-invalid={errors.password ? true : undefined}
            aria-describedby={describedBy("new-password", { hint: true, error: errors.password })}
            className={inputClass}
          />
        </Field>
        <Field id="confirm-password" label="Nhập lại mật khẩu mới" error={errors.confirmPassword?.message}>
          <input
            id="confirm-password"
            type="password"
            autoComplete="new-password"
            {...register("confirmPassword")}
            aria-invalid={errors.confirmPassword ? true : undefined}
            aria-describedby={describedBy("confirm-password", { error: errors.confirmPassword })}
            className={inputClass}
          />
        </Field>
        <button type="submit" disabled={busy} className={`w-full ${primaryButtonClass}`}>
          {busy ? "Đang lưu…" : purpose === "invitation" ? "Đặt mật khẩu và kích hoạt tài khoản" : "Đặt mật khẩu mới"}
        </button>
      </fieldset>
    </form>
  );
}
