"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { Field, FormNotice, describedBy, inputClass, primaryButtonClass } from "@/components/forms/field";
import { useActionSubmit } from "@/components/forms/use-action-submit";
import { useHydrated } from "@/components/forms/use-hydrated";
import { slugify } from "@/lib/projects/slug";
import { addReferenceAction } from "@/lib/reference/reference-actions";
import { REFERENCE_KIND_LABELS, type ReferenceKind } from "@/lib/reference/reference-kinds";
import { addReferenceSchema } from "@/lib/reference/reference-schema";
import type { z } from "zod";

type Values = z.input<typeof addReferenceSchema>;

/** A new entry at the end of the list; the code is suggested from the name. */
export function ReferenceAddForm({ kind }: { kind: ReferenceKind }) {
  const router = useRouter();
  const {
    register,
    handleSubmit,
    setError,
    setValue,
    getValues,
    reset,
    formState: { errors, dirtyFields },
  } = useForm<Values>({ resolver: zodResolver(addReferenceSchema), defaultValues: { kind, code: "", name: "" } });
  const { notice, setNotice, busy, submit } = useActionSubmit(setError);
  const hydrated = useHydrated();

  const onSubmit = handleSubmit(async (values) => {
    if (await submit(() => addReferenceAction(values))) {
      setNotice({ kind: "success", text: `Đã thêm “${values.name}”.` });
      reset({ kind, code: "", name: "" });
      router.refresh();
    }
  });

  return (
    <form method="post" onSubmit={onSubmit} noValidate className="mt-4 rounded-lg border border-slate-200 bg-white p-4">
      <h2 className="font-semibold text-brand-900">Thêm {REFERENCE_KIND_LABELS[kind].singular}</h2>
      <FormNotice notice={notice} />
      <fieldset disabled={!hydrated || busy} className="mt-2 grid min-w-0 gap-3 sm:grid-cols-[2fr_1fr_auto] sm:items-start">
        <Field id="add-name" label="Tên" error={errors.name?.message}>
          <input
            id="add-name"
            {...register("name", { onBlur: () => !dirtyFields.code && setValue("code", slugify(getValues("name"))) })}
            aria-invalid={errors.name ? true : undefined}
            aria-describedby={describedBy("add-name", { error: errors.name })}
            className={inputClass}
          />
        </Field>
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
    </form>
  );
}
