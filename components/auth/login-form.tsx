"use client";

import { useActionState, useState, type FormEvent } from "react";
import { signInAction, type SignInState } from "@/lib/auth/session-actions";
import { signInSchema } from "@/lib/auth/sign-in-schema";

const inputClass =
  "mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 shadow-sm focus:border-brand-600 aria-[invalid=true]:border-red-600";

type FieldErrors = Record<string, string[] | undefined>;

/**
 * A POST form bound to the sign-in action: it works before the page's scripts load and without
 * JavaScript. With JavaScript, the shared schema checks the fields first and answers beside them.
 */
export function LoginForm({ returnTo, initialError }: { returnTo?: string; initialError?: string }) {
  const [state, action, pending] = useActionState<SignInState, FormData>(signInAction, { email: "", message: initialError });
  const [clientErrors, setClientErrors] = useState<FieldErrors | null>(null);
  const errors: FieldErrors = clientErrors ?? state.fieldErrors ?? {};

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    const form = new FormData(event.currentTarget);
    const parsed = signInSchema.safeParse({ email: form.get("email"), password: form.get("password") });
    if (parsed.success) {
      setClientErrors(null);
      return;
    }
    event.preventDefault();
    setClientErrors(parsed.error.flatten().fieldErrors);
  }

  const message = clientErrors ? undefined : state.message;
  return (
    <form
      action={action}
      onSubmit={onSubmit}
      noValidate
      className="mt-6 space-y-4 rounded-lg border border-slate-200 bg-white p-5"
    >
      {returnTo ? <input type="hidden" name="callbackUrl" value={returnTo} /> : null}
      <div aria-live="assertive">
        {message ? (
          <p role="alert" className="rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-800">
            {message}
          </p>
        ) : null}
      </div>
      {/* Locked while the answer is on its way: the form is reset when it arrives, and anything typed meanwhile would be lost. */}
      <fieldset disabled={pending} className="space-y-4">
        <div>
          <label htmlFor="login-email" className="block text-sm font-medium text-slate-700">
            Email
          </label>
          <input
            id="login-email"
            name="email"
            type="email"
            autoComplete="username"
            defaultValue={state.email}
            maxLength={254}
            aria-invalid={errors.email ? true : undefined}
            aria-describedby={errors.email ? "login-email-error" : undefined}
            className={inputClass}
          />
          {errors.email ? (
            <p id="login-email-error" className="mt-1 text-sm text-red-700">
              {errors.email[0]}
            </p>
          ) : null}
        </div>
        <div>
          <label htmlFor="login-password" className="block text-sm font-medium text-slate-700">
            Mật khẩu
          </label>
          <input
            id="login-password"
            name="password"
            type="password"
            autoComplete="current-password"
            maxLength={1024}
            aria-invalid={errors.password ? true : undefined}
            aria-describedby={errors.password ? "login-password-error" : undefined}
            className={inputClass}
          />
          {errors.password ? (
            <p id="login-password-error" className="mt-1 text-sm text-red-700">
              {errors.password[0]}
            </p>
          ) : null}
        </div>
      </fieldset>
      <button
        type="submit"
        disabled={pending}
        className="w-full rounded-md bg-brand-700 px-4 py-2.5 font-semibold text-white hover:bg-brand-800 disabled:opacity-60"
      >
        {pending ? "Đang đăng nhập…" : "Đăng nhập"}
      </button>
    </form>
  );
}
