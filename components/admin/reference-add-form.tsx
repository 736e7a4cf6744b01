"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { Field, FormNotice, describedBy, inputClass, primaryButtonClass } from "@/components/forms/field";
import { useActionSubmit } from "@/components/forms/use-action-submit";
import { useHydrated } from "@/components/forms/use-hydrated";
import { slugify } from "@/lib/projects/slug";
import { addReferenceAction } from "@/lib/reference/reference-actions";
import { REFERENCE_KIND_LABELS, hasEnglishName, type ReferenceKind } from "@/lib/reference/reference-kinds";
import { ENGLISH_NAME_LABEL, addReferenceSchema } from "@/lib/reference/reference-schema";
import type { z } from "zod";

type Values = z.input<typeof addReferenceSchema>;

/** A new entry at the end of the list; the code is suggested from the name. */
export function ReferenceAddForm({ kind }: { kind: ReferenceKind }) {
  const english = hasEnglishName(kind);
  const empty: Values = english ? { kind, code: "", name: "", nameEn: "" } : { kind, code: "", name: "" };
  const router = useRouter();
  const {
    register,
    handleSubmit,
    setError,
    setValue,
    getValues,
    reset,
    formState: { errors, dirtyFields },
  } = useForm<Values>({ resolver: zodResolver(addReferenceSchema), defaultValues: empty });
  const { notice, setNotice, busy, submit } = useActionSubmit(setError);
  const hydrated = useHydrated();

  const onSubmit = handleSubmit(async (values) => {
    if (await submit(() => addReferenceAction(values))) {
      setNotice({ kind: "success", text: `Đã thêm “${values.name}”.` });
      reset(empty);
      router.refresh();
    }
  });

  return (
    <form method="post" onSubmit={onSubmit} noValidate className="mt-4 rounded-lg border border-slate-200 bg-white p-4">
      <h2 className="font-semibold text-brand-900">Thêm {REFERENCE_KIND_LABELS[kind].singular}</h2>
      <FormNotice notice={notice} />
      <fieldset
        disabled={!hydrated || busy}
        className={`mt-2 grid min-w-0 gap-3 sm:items-start ${english ? "sm:grid-cols-[2fr_2fr_1fr_auto]" : "sm:grid-cols-[2fr_1fr_auto]"}`}
      >
        <Field id="add-name" label="Tên" error={errors.name?.message}>
          <input
            id="add-name"
            {...register("name", { onBlur: () => !dirtyFields.code && setValue("code", slugify(getValues("name"))) })}
            aria-invalid={errors.name ? true : undefined}
            aria-describedby={describedBy("add-name", { error: errors.name })}
            className={inputClass}
          />
        </Field>
        {english ? (
          <Field id="add-name-en" label={`${ENGLISH_NAME_LABEL} (không bắt buộc)`} error={errors.nameEn?.message}>
            <input
              id="add-name-en"
              lang="en"
              {...register("nameEn")}
              aria-invalid={errors.nameEn ? true : undefined}
              aria-describedby={describedBy("add-name-en", { error: errors.nameEn })}
              className={inputClass}
            />
          </Field>
        ) : null}
        <Field id="add-code" label="Mã (trong địa chỉ trang)" error={errors.code?.message}>
          <input
            id="add-code"
            {...register("code")}
            aria-invalid={errors.code ? true : undefined}
            aria-describedby={describedBy("add-code", { error: errors.code })}
            className={inputClass}
          />
        </Field>
        <button type="submit" disabled={busy} className={`sm:mt-6 ${primaryButtonClass}`}>
          {busy ? "Đang thêm…" : "Thêm"}
        </button>
      </fieldset>
      {english ? (
        <p className="mt-2 text-sm text-slate-600">
          Tên tiếng Anh hiện trên các trang tiếng Anh của cổng; để trống thì các trang đó dùng tên tiếng Việt.
        </p>
      ) : null}
    </form>
  );
}
